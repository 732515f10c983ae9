using System.Security.Cryptography;
using System.Text;

namespace MaliReader.Web.Articles;

/// <summary>Reads every Markdown file of the content folder and cleans it into an article.</summary>
public static class ContentLoader
{
    public static ContentLoad Load(string contentPath)
    {
        if (!Directory.Exists(contentPath))
        {
            return new ContentLoad([], [new ContentError(contentPath, "the content folder does not exist")], "missing");
        }

        var files = Directory.EnumerateFiles(contentPath, "*.md")
            .Order(StringComparer.Ordinal)
            .Select(path => (Name: Path.GetFileName(path), Bytes: File.ReadAllBytes(path)))
            .ToList();

        var articles = new List<Article>();
        var errors = new List<ContentError>();
        foreach (var (name, bytes) in files)
        {
            try
            {
                var article = ArticleReader.Read(name, bytes);
                if (articles.Find(other => other.Slug == article.Slug) is { } taken)
                {
                    throw new ContentFileException(name, $"its slug \"{article.Slug}\" is already used by {taken.FileName}");
                }
                articles.Add(article);
            }
            catch (ContentFileException e)
            {
                errors.Add(new ContentError(e.FileName, e.Reason));
            }
        }
        return new ContentLoad(articles, errors, HashOf(files));
    }

    /// <summary>
    /// Changes when any file's name or bytes change, and with every build of the app, so a new cleaner
    /// rebuilds the store even when the content is as it was.
    /// </summary>
    private static string HashOf(IEnumerable<(string Name, byte[] Bytes)> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(typeof(ContentLoader).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        foreach (var (name, bytes) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(name));
            hash.AppendData(BitConverter.GetBytes(bytes.Length));
            hash.AppendData(bytes);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}

public sealed record ContentLoad(IReadOnlyList<Article> Articles, IReadOnlyList<ContentError> Errors, string ContentHash);
