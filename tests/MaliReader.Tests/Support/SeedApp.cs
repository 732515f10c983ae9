namespace MaliReader.Tests.Support;

/// <summary>One app on the seed content, shared by the tests of a class (xUnit's class fixture).</summary>
public sealed class SeedApp : IDisposable
{
    public MaliReaderApp Factory { get; } = new();

    public void Dispose() => Factory.Dispose();
}
