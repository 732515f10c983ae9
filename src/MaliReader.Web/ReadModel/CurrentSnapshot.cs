using Microsoft.Extensions.Primitives;

namespace MaliReader.Web.ReadModel;

/// <summary>
/// The snapshot being served, and a signal when it is replaced: caches register with
/// <see cref="GetChangeToken"/> to drop what they hold when the content changes.
/// </summary>
public sealed class CurrentSnapshot : IDisposable
{
    private readonly Lock _swap = new();
    private volatile ContentSnapshot _value = ContentSnapshot.Empty;
    private CancellationTokenSource _changed = new();

    public ContentSnapshot Value => _value;

    /// <summary>A token that fires once, when the next snapshot replaces this one.</summary>
    public IChangeToken GetChangeToken()
    {
        lock (_swap)
        {
            return new CancellationChangeToken(_changed.Token);
        }
    }

    /// <summary>Called by the write side only.</summary>
    public void Replace(ContentSnapshot next)
    {
        CancellationTokenSource fired;
        lock (_swap)
        {
            _value = next;
            fired = _changed;
            _changed = new CancellationTokenSource();
        }
        fired.Cancel();
        fired.Dispose();
    }

    public void Dispose()
    {
        lock (_swap)
        {
            _changed.Dispose();
        }
    }
}
