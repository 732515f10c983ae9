using System.Net.Http.Json;
using MaliReader.Tests.Support;

namespace MaliReader.Tests.ReadModel;

/// <summary>
/// Story keys that differ only in case are one story, and every API names it alike: a client that groups
/// /api/articles by its story field gets the story /api/compare answers for, under the same name.
/// </summary>
public sealed class StoryCaseApiTests
{
    private sealed record Listed(string Slug, string Story);

    private sealed record Compared(string Story, IReadOnlyList<string> Accounts);

    [Fact]
    public async Task ArticlesOfOneStory_ReportTheStorysOneName()
    {
        using var content = new TestContent(withSeedArticles: false);
        content.Write("a-first.md", TestContent.Article("First", "A", "Mali-France", "Mali's minister wrote to the council in August."));
        content.Write("b-second.md", TestContent.Article("Second", "B", "mali-france", "The minister of Mali wrote to the council in August."));
        using var app = new MaliReaderApp(content);
        using var client = app.CreateClient();

        var compared = await client.GetFromJsonAsync<Compared>("/api/compare?story=mali-france");
        var listed = await client.GetFromJsonAsync<List<Listed>>("/api/articles");

        Assert.Equal(["a-first", "b-second"], compared!.Accounts);
        Assert.All(listed!, article => Assert.Equal(compared.Story, article.Story));
        var detail = await client.GetFromJsonAsync<Listed>("/api/articles/b-second");
        Assert.Equal(compared.Story, detail!.Story);
    }
}
