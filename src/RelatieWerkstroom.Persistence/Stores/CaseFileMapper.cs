using System.Text.Json;
using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Outbox;
using RelatieWerkstroom.Casework.Subjects;
using RelatieWerkstroom.Persistence.Entities;
using Json = RelatieWerkstroom.Engine.Definitions.Json;

namespace RelatieWerkstroom.Persistence.Stores;

/// <summary>Converts case files, subjects and outbox messages to rows and back.</summary>
internal static class CaseFileMapper
{
    public static CaseFile ToCaseFile(CaseFileRow row)
    {
        CaseFileContent content;
        try
        {
            content = JsonSerializer.Deserialize<CaseFileContent>(row.ContentJson, Json.Options) ?? new CaseFileContent();
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"stored case file '{row.Id}' cannot be read: {ex.Message}", ex);
        }
        return new CaseFile
        {
            Id = row.Id,
            Zaaktype = row.Zaaktype,
            Title = row.Title,
            SubjectId = row.SubjectId,
            Team = row.Team,
            Assignee = row.Assignee,
            Status = row.Status,
            OpenedAt = row.OpenedAt,
            OpenedBy = row.OpenedBy,
            ClosedAt = row.ClosedAt,
            Version = row.Version,
            InstanceIds = content.InstanceIds,
            Documents = content.Documents,
            Notes = content.Notes,
            Clocks = row.Clocks.OrderBy(c => c.Position).Select(ToClock).ToList(),
            Decisions = content.Decisions,
            Forms = content.Forms,
            Claims = content.Claims,
            Events = content.Events,
        };
    }

    /// <summary>A new row for a case file that is not stored yet.</summary>
    public static CaseFileRow ToNewRow(CaseFile file)
    {
        var row = new CaseFileRow { Id = file.Id, Zaaktype = file.Zaaktype, Team = file.Team, TeamKey = "", ContentJson = "" };
        Write(file, row);
        return row;
    }

    /// <summary>Copies the case file onto its (tracked) row: columns, content and clocks (matched by id, so unchanged clock rows stay).</summary>
    public static void Write(CaseFile file, CaseFileRow row)
    {
        if (file.Id != row.Id) throw new InvalidOperationException($"case file '{file.Id}' cannot be written over case file '{row.Id}'");
        if (string.IsNullOrWhiteSpace(file.Team)) throw new InvalidOperationException($"case file '{file.Id}' has no team; nothing was stored");
        var duplicate = file.Clocks.GroupBy(c => c.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidOperationException($"case file '{file.Id}' holds clock run '{duplicate.Key}' twice; nothing was stored");

        row.Zaaktype = file.Zaaktype;
        row.Title = file.Title;
        row.SubjectId = file.SubjectId;
        row.Team = file.Team;
        row.TeamKey = TeamKey(file.Team);
        row.IsBezwaar = CaseFileAccess.IsBezwaarCase(file);
        row.SearchText = CaseFileSearchText.Of(file);
        row.ColumnsVersion = CaseFileColumns.Current;
        row.Assignee = file.Assignee;
        row.Status = file.Status;
        row.OpenedAt = file.OpenedAt;
        row.OpenedBy = file.OpenedBy;
        row.ClosedAt = file.ClosedAt;
        row.ContentJson = JsonSerializer.Serialize(new CaseFileContent
        {
            InstanceIds = file.InstanceIds,
            Documents = file.Documents,
            Notes = file.Notes,
            Decisions = file.Decisions,
            Forms = file.Forms,
            Claims = file.Claims,
            Events = file.Events,
        }, Json.Options);

        var existing = row.Clocks.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var kept = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < file.Clocks.Count; i++)
        {
            var clock = file.Clocks[i];
            if (!existing.TryGetValue(clock.Id, out var clockRow))
            {
                clockRow = new CaseClockRow { CaseFileId = file.Id, Id = clock.Id, Name = "", LegalBasis = "", Term = "", TransitionsJson = "" };
                row.Clocks.Add(clockRow);
            }
            WriteClock(clock, i, clockRow);
            kept.Add(clock.Id);
        }
        row.Clocks.RemoveAll(c => !kept.Contains(c.Id));
    }

    /// <summary>Teams compare case-insensitively (as <see cref="Casework.Users.User.IsInTeam"/> does).</summary>
    public static string TeamKey(string team) => CaseFileAccess.TeamKey(team);

    public static CaseClock ToClock(CaseClockRow row) => new()
    {
        Id = row.Id,
        Name = row.Name,
        LegalBasis = row.LegalBasis,
        Term = row.Term,
        Start = row.Start,
        WarningWorkingDays = row.WarningWorkingDays,
        InstanceId = row.InstanceId,
        ActivityId = row.ActivityId,
        Transitions = JsonSerializer.Deserialize<List<ClockTransition>>(row.TransitionsJson, Json.Options) ?? [],
        Deadline = row.Deadline,
        WarningDate = row.WarningDate,
        IsSuspended = row.IsSuspended,
        SuspendedDays = row.SuspendedDays,
        StoppedOn = row.StoppedOn,
        WarningRecordedAt = row.WarningRecordedAt,
        BreachRecordedAt = row.BreachRecordedAt,
    };

    private static void WriteClock(CaseClock clock, int position, CaseClockRow row)
    {
        row.Position = position;
        row.Name = clock.Name;
        row.LegalBasis = clock.LegalBasis;
        row.Term = clock.Term;
        row.Start = clock.Start;
        row.WarningWorkingDays = clock.WarningWorkingDays;
        row.InstanceId = clock.InstanceId;
        row.ActivityId = clock.ActivityId;
        row.TransitionsJson = JsonSerializer.Serialize(clock.Transitions, Json.Options);
        row.Deadline = clock.Deadline;
        row.WarningDate = clock.WarningDate;
        row.IsSuspended = clock.IsSuspended;
        row.SuspendedDays = clock.SuspendedDays;
        row.StoppedOn = clock.StoppedOn;
        row.WarningRecordedAt = clock.WarningRecordedAt;
        row.BreachRecordedAt = clock.BreachRecordedAt;
    }

    public static CaseSubject ToSubject(CaseSubjectRow row) =>
        new() { SubjectId = row.SubjectId, Bsn = row.Bsn, Name = row.Name, RegisteredAt = row.RegisteredAt };

    public static CaseSubjectRow ToRow(CaseSubject subject) =>
        new() { SubjectId = subject.SubjectId, Bsn = subject.Bsn, Name = subject.Name, RegisteredAt = subject.RegisteredAt };

    public static OutboxMessage ToMessage(OutboxMessageRow row) => new()
    {
        Id = row.Id,
        CaseFileId = row.CaseFileId,
        Kind = row.Kind,
        Recipient = row.Recipient,
        Payload = row.Payload,
        InstanceId = row.InstanceId,
        ActivityId = row.ActivityId,
        CreatedAt = row.CreatedAt,
        SentAt = row.SentAt,
    };

    public static OutboxMessageRow ToRow(OutboxMessage message) => new()
    {
        Id = message.Id,
        CaseFileId = message.CaseFileId,
        Kind = message.Kind,
        Recipient = message.Recipient,
        Payload = message.Payload,
        InstanceId = message.InstanceId,
        ActivityId = message.ActivityId,
        CreatedAt = message.CreatedAt,
        SentAt = message.SentAt,
    };

    /// <summary>The part of a case file kept as JSON text.</summary>
    private sealed class CaseFileContent
    {
        public List<string> InstanceIds { get; init; } = [];

        public List<CaseDocument> Documents { get; init; } = [];

        public List<CaseNote> Notes { get; init; } = [];

        public List<CaseDecision> Decisions { get; init; } = [];

        public List<FormSubmission> Forms { get; init; } = [];

        public List<TaskClaim> Claims { get; init; } = [];

        public List<CaseEvent> Events { get; init; } = [];
    }
}
