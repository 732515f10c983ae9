using System.Text.Json;
using System.Text.Json.Serialization;
using MaliReader.Web.Articles;

namespace MaliReader.Web.Storage;

/// <summary>
/// The JSON an article's removals are stored as, with its serializer generated at build time: a restart
/// reads thousands of these, and the reflection-based serializer would first have to be built and jitted.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(List<RemovedFragment>))]
[JsonSerializable(typeof(IReadOnlyList<RemovedFragment>))]
internal sealed partial class StoredJson : JsonSerializerContext;
