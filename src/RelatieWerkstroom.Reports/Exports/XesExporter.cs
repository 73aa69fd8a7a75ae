using System.Globalization;
using System.Text;
using System.Xml;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Reports.Internal;
using RelatieWerkstroom.Reports.Options;
using RelatieWerkstroom.Reports.Privacy;

namespace RelatieWerkstroom.Reports.Exports;

/// <summary>
/// Streams the journal as an IEEE 1849-2016 XES log: one trace per case (pseudonymised), events with concept, time,
/// lifecycle (start/suspend/resume/complete, assign, ate_abort), org and cost attributes and the custom <c>nl:</c> extension.
/// A trace is written when its case closes, so memory is bounded by the open cases.
/// </summary>
public sealed class XesExporter
{
    private const string Namespace = "http://www.xes-standard.org/";
    private readonly ReportOptions _options;
    private readonly Pseudonymizer _pseudonymizer;

    /// <summary>Creates the exporter; a <see cref="Pseudonymizer"/> exists only with a configured key, so there is no export without one.</summary>
    public XesExporter(ReportOptions options, Pseudonymizer pseudonymizer)
    {
        ArgumentNullException.ThrowIfNull(options);
        _pseudonymizer = pseudonymizer ?? throw new ExportRefusedException("Export geweigerd: geen pseudonimiseringssleutel (Pseudonymizer) meegegeven.");
        options.Validate();
        _options = options;
    }

    /// <summary>Reads the journal once and writes the log to <paramref name="output"/>.</summary>
    public async Task<ExportResult> WriteAsync(IAsyncEnumerable<JournalEntry> journal, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(journal);
        var normalizer = new EventNormalizer(_options, new StepCatalog(_options.Definitions), _pseudonymizer);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("log", Namespace);
        xml.WriteAttributeString("xes.version", "1849-2016");
        xml.WriteAttributeString("xes.features", "");
        Extension(xml, "Concept", "concept", "http://www.xes-standard.org/concept.xesext");
        Extension(xml, "Time", "time", "http://www.xes-standard.org/time.xesext");
        Extension(xml, "Lifecycle", "lifecycle", "http://www.xes-standard.org/lifecycle.xesext");
        Extension(xml, "Organizational", "org", "http://www.xes-standard.org/org.xesext");
        Extension(xml, "Cost", "cost", "http://www.xes-standard.org/cost.xesext");
        Extension(xml, XesNlExtension.Name, XesNlExtension.Prefix, XesNlExtension.Uri);

        xml.WriteStartElement("global");
        xml.WriteAttributeString("scope", "trace");
        Attribute(xml, "string", "concept:name", "UNKNOWN");
        Attribute(xml, "string", XesNlExtension.Team, "onbekend");
        Attribute(xml, "string", XesNlExtension.Workflow, "onbekend");
        xml.WriteEndElement();
        xml.WriteStartElement("global");
        xml.WriteAttributeString("scope", "event");
        Attribute(xml, "string", "concept:name", "UNKNOWN");
        Attribute(xml, "date", "time:timestamp", "1970-01-01T00:00:00.000+00:00");
        Attribute(xml, "string", "lifecycle:transition", "complete");
        Attribute(xml, "int", XesNlExtension.Sequence, "0");
        xml.WriteEndElement();
        Classifier(xml, "Activiteit", "concept:name");
        Classifier(xml, "Activiteit en levenscyclus", "concept:name lifecycle:transition");
        Classifier(xml, "Activiteit en rol", "concept:name org:role");
        Attribute(xml, "string", "concept:name", "RelatieWerkstroom journaal");
        Attribute(xml, "string", "lifecycle:model", "standard");
        Attribute(xml, "string", "cost:currency", "EUR");

        long cases = 0, events = 0;
        await foreach (var (info, list) in CaseEventStream.ReadAsync(journal, _options, normalizer, cancellationToken))
        {
            cases++;
            xml.WriteStartElement("trace");
            Attribute(xml, "string", "concept:name", normalizer.CasePseudonym(info));
            Attribute(xml, "string", XesNlExtension.Team, info.Team);
            Attribute(xml, "string", XesNlExtension.Workflow, info.Workflow);
            Attribute(xml, "date", XesNlExtension.Intake, normalizer.LocalTime(info.FirstEvent));
            foreach (var ev in list)
            {
                events++;
                xml.WriteStartElement("event");
                var seen = new HashSet<string>(StringComparer.Ordinal);
                Attribute(xml, "string", "concept:name", ev.Name);
                Attribute(xml, "date", "time:timestamp", normalizer.LocalTime(ev.Time));
                Attribute(xml, "string", "lifecycle:transition", ev.Lifecycle);
                if (ev.Resource is not null) Attribute(xml, "string", "org:resource", ev.Resource);
                if (ev.Role is not null) Attribute(xml, "string", "org:role", ev.Role);
                Attribute(xml, "string", "org:group", info.Team);
                if (ev.Cost is { } cost)
                {
                    Attribute(xml, "float", "cost:total", cost.ToString(CultureInfo.InvariantCulture));
                    Attribute(xml, "string", "cost:currency", "EUR");
                }

                foreach (var a in ev.Attributes)
                {
                    if (seen.Add(a.Key)) Attribute(xml, a.Type, a.Key, a.Value);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            // Flushing per trace keeps the writer's buffer small; the stream decides when bytes hit the disk.
            if (cases % 64 == 0) xml.Flush();
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
        return new ExportResult(cases, events, cases);
    }

    private static void Extension(XmlWriter xml, string name, string prefix, string uri)
    {
        xml.WriteStartElement("extension");
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("prefix", prefix);
        xml.WriteAttributeString("uri", uri);
        xml.WriteEndElement();
    }

    private static void Classifier(XmlWriter xml, string name, string keys)
    {
        xml.WriteStartElement("classifier");
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("keys", keys);
        xml.WriteEndElement();
    }

    private static void Attribute(XmlWriter xml, string type, string key, string value)
    {
        xml.WriteStartElement(type);
        xml.WriteAttributeString("key", key);
        xml.WriteAttributeString("value", value);
        xml.WriteEndElement();
    }
}
