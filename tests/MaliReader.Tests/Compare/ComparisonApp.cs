using MaliReader.Tests.Support;

namespace MaliReader.Tests.Compare;

/// <summary>One app on <see cref="ComparisonContent"/>, shared by the tests of a class (xUnit's class fixture).</summary>
public sealed class ComparisonApp : IDisposable
{
    public MaliReaderApp Factory { get; } = new(ComparisonContent.Create());

    public void Dispose()
    {
        Factory.Dispose();
        Factory.Content.Dispose();
    }
}
