using RelatieWerkstroom.Casework.CaseFiles;
using RelatieWerkstroom.Casework.Outbox;
using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Descriptors;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Persistence.Tests.Support;

/// <summary>
/// Stages a document, then lets a colleague add a note straight through the case-file store while the burst still
/// runs: the staged change must be applied on top of the colleague's version when the burst commits.
/// </summary>
[Activity("Test.ColleagueWritesMeanwhile", "Test", "Colleague writes meanwhile")]
public sealed class ColleagueWritesMeanwhile : Activity
{
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var caseFileId = context.Instance.CorrelationId!;
        await context.ChangeCaseFileAsync(file => file.Documents.Add(new CaseDocument
        {
            Id = "d-" + context.Instance.Id, Kind = "verslag", Title = "Verslag", CreatedAt = context.Now,
        }));
        var store = (ICaseFileStore)context.Services.GetService(typeof(ICaseFileStore))!;
        await store.UpdateAsync(caseFileId, file => file.Notes.Add(new CaseNote("n-colleague", "Teruggebeld", "u-bram", context.Now)));
        return ActivityResult.Done();
    }
}
