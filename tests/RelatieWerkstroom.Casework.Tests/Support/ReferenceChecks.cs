using System.Text.Json.Nodes;
using RelatieWerkstroom.Casework.Activities;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Casework.Journal;

namespace RelatieWerkstroom.Casework.Tests.Support;

/// <summary>What every driven reference case must show, whatever its path.</summary>
public static class ReferenceChecks
{
    /// <summary>Runs checks on a case; a failure names the plan, the decisions and the tasks of the case.</summary>
    public static void Verify(CaseRun run, Action checks)
    {
        try
        {
            checks();
        }
        catch (Exception ex) when (ex is Xunit.Sdk.XunitException)
        {
            throw new Xunit.Sdk.XunitException(
                $"{run}\nDecided: {string.Join(", ", run.Decisions.Select(d => $"{d.DiscretionId}={d.Option}"))}" +
                $"\nTasks: {string.Join(", ", run.Tasks.Select(t => $"{t.ActivityId}:{t.Action}"))}" +
                $"\nDocuments: {string.Join(", ", run.CaseFile.Documents.Select(d => $"{d.Kind}@{d.ActivityId}"))}" +
                $"\nMessages: {string.Join(", ", run.Messages.Select(m => $"{m.Kind}@{m.ActivityId}"))}\n{ex.Message}", ex);
        }
    }

    /// <summary>
    /// Every instance of the case finished through an <c>Elsa.End</c>; the journal has a <c>DiscretionDecided</c> for each
    /// decision, with deviation exactly when the option differs from the default (the municipality's where it set one);
    /// the reasons are on the case file, not in the journal; no BSN or name anywhere in the journal.
    /// </summary>
    public static void Common(ReferenceWorkflowHost host, CaseRun run)
    {
        Assert.Contains(run.Instances, i => i.Id == run.InstanceId);
        foreach (var instance in run.Instances)
        {
            Assert.True(instance.Status == WorkflowStatus.Finished,
                $"{run}: {instance.DefinitionId} is {instance.Status} ({instance.Incident?.Message})");
            Assert.Contains(run.Journal, e => e.InstanceId == instance.Id && e.Kind == JournalEvents.ActivityCompleted && e.ActivityType == "Elsa.End");
        }

        var decided = run.Journal.Where(e => e.Kind == CaseworkEvents.DiscretionDecided).Select(e => JsonNode.Parse(e.PayloadJson!)!.AsObject()).ToList();
        Assert.Equal(run.Decisions.Count, decided.Count);
        for (var i = 0; i < decided.Count; i++)
        {
            var made = run.Decisions[i];
            var entry = decided[i];
            var expectedDefault = host.Settings.DefaultOptionFor(made.DiscretionId)
                ?? host.Definitions[made.DefinitionId].ActivitiesById[made.ActivityId].Input("defaultOption")!.Text;
            Assert.Equal(expectedDefault, made.OfferedDefault);
            Assert.Equal(made.DiscretionId, (string?)entry["discretionId"]);
            Assert.Equal(made.Option, (string?)entry["option"]);
            Assert.Equal(expectedDefault, (string?)entry["defaultOption"]);
            Assert.Equal(made.Option != expectedDefault, (bool)entry["deviation"]!);
            Assert.Equal(made.Reason?.Length ?? 0, (int)entry["reasonLength"]!);
            Assert.Equal(made.Role, (string?)entry["role"]);
        }
        Assert.Equal(run.Decisions.Select(d => (d.DiscretionId, d.Option, d.Option != d.OfferedDefault, d.Reason)),
            run.CaseFile.Decisions.Select(d => (d.DiscretionId, d.Option, d.Deviation, d.Reason)));

        var journalText = string.Join("\n", run.Journal.Select(e => e.PayloadJson + e.Actor + e.CorrelationId));
        foreach (var made in run.Decisions.Where(d => d.Reason is not null)) Assert.DoesNotContain(made.Reason!, journalText);
        if (run.Subject is { } subject)
        {
            Assert.DoesNotContain(subject.Bsn, journalText);
            Assert.DoesNotContain(subject.Name, journalText);
        }
    }
}
