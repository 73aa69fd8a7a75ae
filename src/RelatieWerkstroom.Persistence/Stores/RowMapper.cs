using System.Text.Json;
using System.Text.Json.Nodes;
using RelatieWerkstroom.Engine.Definitions;
using RelatieWerkstroom.Engine.Runtime;
using RelatieWerkstroom.Engine.Stores;
using RelatieWerkstroom.Persistence.Entities;

namespace RelatieWerkstroom.Persistence.Stores;

/// <summary>Converts between engine objects and rows.</summary>
internal static class RowMapper
{
    public static InstanceRow ToRow(WorkflowInstance instance, long version) => new()
    {
        Id = instance.Id,
        DefinitionId = instance.DefinitionId,
        DefinitionVersionId = instance.DefinitionVersionId,
        DefinitionVersion = instance.DefinitionVersion,
        Status = instance.Status,
        CorrelationId = instance.CorrelationId,
        ParentInstanceId = instance.ParentInstanceId,
        CreatedAt = instance.CreatedAt,
        UpdatedAt = instance.UpdatedAt,
        FinishedAt = instance.FinishedAt,
        Version = version,
        StateJson = JsonSerializer.Serialize(instance, Json.Options),
    };

    public static WorkflowInstance ToInstance(string stateJson, long version)
    {
        var instance = JsonSerializer.Deserialize<WorkflowInstance>(stateJson, Json.Options)
            ?? throw new InvalidDataException("stored instance state is empty");
        // The column, not the copy inside the JSON, is what the concurrency check compares.
        instance.Version = version;
        return instance;
    }

    public static BookmarkRow ToRow(WorkflowInstance instance, Bookmark bookmark) => new()
    {
        Id = bookmark.Id,
        InstanceId = instance.Id,
        DefinitionId = instance.DefinitionId,
        ActivityId = bookmark.ActivityId,
        ActivityType = bookmark.ActivityType,
        Kind = bookmark.Kind,
        Name = bookmark.Name,
        DueAt = bookmark.DueAt,
        CorrelationId = instance.CorrelationId,
        PayloadJson = bookmark.Payload?.ToJsonString(Json.Options),
        CreatedAt = bookmark.CreatedAt,
    };

    public static StoredBookmark ToStoredBookmark(BookmarkRow row) => new(row.InstanceId, row.DefinitionId, row.CorrelationId, new Bookmark
    {
        Id = row.Id,
        ActivityId = row.ActivityId,
        ActivityType = row.ActivityType,
        Kind = row.Kind,
        Name = row.Name,
        DueAt = row.DueAt,
        Payload = row.PayloadJson is null ? null : JsonNode.Parse(row.PayloadJson) as JsonObject,
        CreatedAt = row.CreatedAt,
    });

    public static OperationRow ToRow(OperationRecord operation) => new()
    {
        OperationId = operation.OperationId,
        InstanceId = operation.InstanceId,
        BookmarkId = operation.BookmarkId,
        ResultJson = operation.ResultJson,
        CreatedAt = operation.CreatedAt,
    };

    public static OperationRecord ToRecord(OperationRow row) =>
        new(row.OperationId, row.InstanceId, row.BookmarkId, row.ResultJson, row.CreatedAt);

    public static JournalRow ToRow(JournalEntry entry) => new()
    {
        InstanceId = entry.InstanceId,
        DefinitionId = entry.DefinitionId,
        DefinitionVersion = entry.DefinitionVersion,
        ActivityId = entry.ActivityId,
        ActivityType = entry.ActivityType,
        ActivityName = entry.ActivityName,
        Kind = entry.Kind,
        Actor = entry.Actor,
        Timestamp = entry.Timestamp,
        Outcome = entry.Outcome,
        PayloadJson = entry.PayloadJson,
        FrictionJson = entry.FrictionJson,
        CorrelationId = entry.CorrelationId,
    };

    public static JournalEntry ToEntry(JournalRow row) => new()
    {
        Sequence = row.Sequence,
        InstanceId = row.InstanceId,
        DefinitionId = row.DefinitionId,
        DefinitionVersion = row.DefinitionVersion,
        ActivityId = row.ActivityId,
        ActivityType = row.ActivityType,
        ActivityName = row.ActivityName,
        Kind = row.Kind,
        Actor = row.Actor,
        Timestamp = row.Timestamp,
        Outcome = row.Outcome,
        PayloadJson = row.PayloadJson,
        FrictionJson = row.FrictionJson,
        CorrelationId = row.CorrelationId,
    };

    public static WorkflowDefinition ToDefinition(DefinitionVersionRow row)
    {
        try
        {
            return WorkflowDefinitionReader.Parse(row.Json);
        }
        catch (DefinitionFormatException ex)
        {
            throw new InvalidDataException($"stored definition version '{row.VersionId}' cannot be read: {ex.Message}", ex);
        }
    }
}
