using System.Globalization;
using System.Text;
using System.Text.Json;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Reports.Internal;
using RelatieWerkstroom.Reports.Options;
using RelatieWerkstroom.Reports.Privacy;

namespace RelatieWerkstroom.Reports.Exports;

/// <summary>
/// Streams the journal as an OCEL 2.0 JSON log with objects zaak, besluit, toewijzing, aanbieder and aanbesteding,
/// event-to-object relations with qualifiers and object-to-object relations. One event per completed (or aborted) step and
/// per casework event outside a step; lifecycle detail is in the XES export.
/// </summary>
/// <remarks>
/// One read of the journal: events go straight to the output, objects are written to a temporary file as their case closes
/// and copied after the events, and the type declarations (which are only known at the end) come last. JSON readers do
/// not depend on the order of the top-level properties. Memory is bounded by the open cases plus the aanbieders and
/// aanbestedingen (few, and not personal data).
/// </remarks>
public sealed class OcelExporter
{
    private static readonly string[] StepEventTypes = ["complete", "ate_abort"];
    private readonly ReportOptions _options;
    private readonly Pseudonymizer _pseudonymizer;

    /// <summary>Creates the exporter; a <see cref="Pseudonymizer"/> exists only with a configured key, so there is no export without one.</summary>
    public OcelExporter(ReportOptions options, Pseudonymizer pseudonymizer)
    {
        ArgumentNullException.ThrowIfNull(options);
        _pseudonymizer = pseudonymizer ?? throw new ExportRefusedException("Export geweigerd: geen pseudonimiseringssleutel (Pseudonymizer) meegegeven.");
        options.Validate();
        _options = options;
    }

    /// <summary>Reads the journal once and writes the OCEL JSON to <paramref name="output"/>.</summary>
    public async Task<ExportResult> WriteAsync(IAsyncEnumerable<JournalEntry> journal, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(journal);
        var normalizer = new EventNormalizer(_options, new StepCatalog(_options.Definitions), _pseudonymizer);
        var eventTypes = new SortedDictionary<string, SortedDictionary<string, string>>(StringComparer.Ordinal);
        var objectTypes = new SortedDictionary<string, SortedDictionary<string, string>>(StringComparer.Ordinal);
        var globals = new SortedDictionary<string, GlobalObject>(StringComparer.Ordinal);
        var tempPath = Path.Combine(Path.GetTempPath(), $"rw-ocel-objects-{Guid.NewGuid():N}.json");
        long cases = 0, events = 0, objects = 0;
        try
        {
            await using (var objectFile = new FileStream(tempPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose))
            {
                await using var objectWriter = new Utf8JsonWriter(objectFile);
                objectWriter.WriteStartArray();

                await Raw(output, "{\"events\":");
                await using (var eventWriter = new Utf8JsonWriter(output))
                {
                    eventWriter.WriteStartArray();
                    await foreach (var (info, list) in CaseEventStream.ReadAsync(journal, _options, normalizer, cancellationToken))
                    {
                        cases++;
                        var caseObjects = new Dictionary<string, CaseObject>(StringComparer.Ordinal);
                        foreach (var ev in list)
                        {
                            if (!StepEventTypes.Contains(ev.Lifecycle)) continue;
                            events++;
                            WriteEvent(eventWriter, ev, normalizer, eventTypes);
                            Collect(ev, normalizer, caseObjects, globals);
                        }

                        objects += WriteCaseObjects(objectWriter, info, normalizer, caseObjects, objectTypes);
                        if (eventWriter.BytesPending > 1 << 16) await eventWriter.FlushAsync(cancellationToken);
                        if (objectWriter.BytesPending > 1 << 16) await objectWriter.FlushAsync(cancellationToken);
                    }

                    eventWriter.WriteEndArray();
                }

                foreach (var global in globals.Values)
                {
                    objects++;
                    WriteObject(objectWriter, global.Id, global.Type, [], global.Relations, objectTypes);
                }

                objectWriter.WriteEndArray();
                await objectWriter.FlushAsync(cancellationToken);
                await Raw(output, ",\"objects\":");
                objectFile.Position = 0;
                await objectFile.CopyToAsync(output, cancellationToken);
            }

            await using (var typeWriter = new Utf8JsonWriter(output))
            {
                await Raw(output, ",\"objectTypes\":");
                WriteTypes(typeWriter, objectTypes);
                await typeWriter.FlushAsync(cancellationToken);
            }

            await using (var typeWriter = new Utf8JsonWriter(output))
            {
                await Raw(output, ",\"eventTypes\":");
                WriteTypes(typeWriter, eventTypes);
                await typeWriter.FlushAsync(cancellationToken);
            }

            await Raw(output, "}");
            await output.FlushAsync(cancellationToken);
        }
        finally
        {
            if (File.Exists(tempPath)) File.Delete(tempPath);
        }

        return new ExportResult(cases, events, objects);
    }

    private sealed record CaseObject(string Id, string Type, List<(string Name, object Value, DateTimeOffset Time)> Attributes, HashSet<(string, string)> Relations);

    private sealed record GlobalObject(string Id, string Type, HashSet<(string, string)> Relations);

    private static async Task Raw(Stream output, string text) => await output.WriteAsync(Encoding.UTF8.GetBytes(text));

    private static void WriteEvent(Utf8JsonWriter w, ExportEvent ev, EventNormalizer normalizer, SortedDictionary<string, SortedDictionary<string, string>> types)
    {
        if (!types.TryGetValue(ev.Name, out var declared)) types[ev.Name] = declared = new(StringComparer.Ordinal);
        w.WriteStartObject();
        w.WriteString("id", "e" + ev.Sequence.ToString(CultureInfo.InvariantCulture));
        w.WriteString("type", ev.Name);
        w.WriteString("time", normalizer.LocalTime(ev.Time));
        w.WriteStartArray("attributes");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Attr(string name, string type, string value)
        {
            if (!seen.Add(name)) return;
            declared.TryAdd(name, OcelType(type));
            w.WriteStartObject();
            w.WriteString("name", name);
            WriteValue(w, type, value);
            w.WriteEndObject();
        }

        Attr("lifecycle", "string", ev.Lifecycle);
        if (ev.Resource is not null) Attr("resource", "string", ev.Resource);
        if (ev.Role is not null) Attr("role", "string", ev.Role);
        if (ev.Cost is { } cost) Attr("cost", "float", cost.ToString(CultureInfo.InvariantCulture));
        foreach (var a in ev.Attributes) Attr(a.Key, a.Type, a.Value);
        w.WriteEndArray();
        w.WriteStartArray("relationships");
        var related = new HashSet<(string, string)>();
        foreach (var o in ev.Objects)
        {
            if (!related.Add((o.Id, o.Qualifier))) continue;
            w.WriteStartObject();
            w.WriteString("objectId", o.Id);
            w.WriteString("qualifier", o.Qualifier);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Collect(ExportEvent ev, EventNormalizer normalizer, Dictionary<string, CaseObject> caseObjects, SortedDictionary<string, GlobalObject> globals)
    {
        var zaak = ev.Objects[0].Id;
        foreach (var o in ev.Objects.Skip(1))
        {
            switch (o.Type)
            {
                case "aanbieder" or "aanbesteding":
                    if (!globals.TryGetValue(o.Id, out var global)) globals[o.Id] = global = new GlobalObject(o.Id, o.Type, []);
                    if (o.Type == "aanbesteding")
                    {
                        global.Relations.Add((zaak, "in zaak"));
                        foreach (var p in ev.Objects.Where(x => x.Type == "aanbieder")) global.Relations.Add((p.Id, "inschrijver"));
                    }

                    break;
                default:
                    if (!caseObjects.TryGetValue(o.Id, out var obj)) caseObjects[o.Id] = obj = new CaseObject(o.Id, o.Type, [], [(zaak, "in zaak")]);
                    if (o.Type == "besluit")
                    {
                        foreach (var key in new[] { Exports.XesNlExtension.Option, Exports.XesNlExtension.DiscretionId, Exports.XesNlExtension.DecisionOption })
                        {
                            if (ev.Attributes.FirstOrDefault(a => a.Key == key) is { Key: not null } a) obj.Attributes.Add((a.Key, a.Value, ev.Time));
                        }
                    }

                    if (o.Type == "toewijzing")
                    {
                        foreach (var p in ev.Objects.Where(x => x.Type == "aanbieder")) obj.Relations.Add((p.Id, "aan aanbieder"));
                    }

                    break;
            }
        }
    }

    private static long WriteCaseObjects(Utf8JsonWriter w, CaseInfo info, EventNormalizer normalizer, Dictionary<string, CaseObject> objects,
        SortedDictionary<string, SortedDictionary<string, string>> types)
    {
        WriteObject(w, normalizer.CasePseudonym(info), "zaak",
            [("team", info.Team, info.FirstEvent), ("werkstroom", info.Workflow, info.FirstEvent), ("instroommaand", info.Period, info.FirstEvent)],
            [], types, normalizer);
        foreach (var o in objects.Values) WriteObject(w, o.Id, o.Type, o.Attributes, o.Relations, types, normalizer);
        return 1 + objects.Count;
    }

    private static void WriteObject(Utf8JsonWriter w, string id, string type, IEnumerable<(string Name, object Value, DateTimeOffset Time)> attributes,
        IEnumerable<(string ObjectId, string Qualifier)> relations, SortedDictionary<string, SortedDictionary<string, string>> types,
        EventNormalizer? normalizer = null)
    {
        if (!types.TryGetValue(type, out var declared)) types[type] = declared = new(StringComparer.Ordinal);
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteString("type", type);
        w.WriteStartArray("attributes");
        foreach (var (name, value, time) in attributes)
        {
            declared.TryAdd(name, "string");
            w.WriteStartObject();
            w.WriteString("name", name);
            w.WriteString("time", normalizer?.LocalTime(time) ?? time.ToString("O", CultureInfo.InvariantCulture));
            w.WriteString("value", Convert.ToString(value, CultureInfo.InvariantCulture));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("relationships");
        foreach (var (objectId, qualifier) in relations.OrderBy(r => r.ObjectId, StringComparer.Ordinal).ThenBy(r => r.Qualifier, StringComparer.Ordinal))
        {
            w.WriteStartObject();
            w.WriteString("objectId", objectId);
            w.WriteString("qualifier", qualifier);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteTypes(Utf8JsonWriter w, SortedDictionary<string, SortedDictionary<string, string>> types)
    {
        w.WriteStartArray();
        foreach (var (name, attributes) in types)
        {
            w.WriteStartObject();
            w.WriteString("name", name);
            w.WriteStartArray("attributes");
            foreach (var (attribute, type) in attributes)
            {
                w.WriteStartObject();
                w.WriteString("name", attribute);
                w.WriteString("type", type);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static string OcelType(string xesType) => xesType switch
    {
        "int" => "integer",
        "float" => "float",
        "boolean" => "boolean",
        "date" => "time",
        _ => "string",
    };

    private static void WriteValue(Utf8JsonWriter w, string xesType, string value)
    {
        switch (xesType)
        {
            case "int" when long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l):
                w.WriteNumber("value", l);
                break;
            case "float" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d):
                w.WriteNumber("value", d);
                break;
            case "boolean":
                w.WriteBoolean("value", value == "true");
                break;
            default:
                w.WriteString("value", value);
                break;
        }
    }
}
