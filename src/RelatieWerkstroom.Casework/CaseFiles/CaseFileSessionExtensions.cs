using RelatieWerkstroom.Casework.Outbox;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Casework.CaseFiles;

/// <summary>Lets activities (and service-step handlers through their execution context) reach the case file of their instance.</summary>
public static class CaseFileSessionExtensions
{
    /// <summary>The case-file session of the burst the activity runs in; throws when <c>AddCaseFiles()</c> was not called.</summary>
    public static CaseFileSession CaseFileSession(this ActivityExecutionContext context) =>
        (context.Services.GetService(typeof(CaseFileSessions)) as CaseFileSessions
         ?? throw new InvalidOperationException("no case-file services are registered (call services.AddCaseFiles())"))
        .For(context);

    /// <summary>The case file the instance runs for (its correlation id), as this burst sees it; null when the instance has none.</summary>
    public static async Task<CaseFile?> FindCaseFileAsync(this ActivityExecutionContext context)
    {
        if (context.Instance.CorrelationId is not { Length: > 0 } caseFileId) return null;
        if (context.Services.GetService(typeof(CaseFileSessions)) is null) return null;
        return await context.CaseFileSession().FindAsync(caseFileId, context.Burst.CancellationToken);
    }

    /// <summary>Stages a change to the instance's case file, stored after the burst commits; false when there is no case file.</summary>
    public static async Task<bool> ChangeCaseFileAsync(this ActivityExecutionContext context, Action<CaseFile> change)
    {
        if (await context.FindCaseFileAsync() is null) return false;
        context.CaseFileSession().Change(context.Instance.CorrelationId!, change);
        return true;
    }

    /// <summary>Stages an outgoing message for the instance's case file, queued after the burst commits.</summary>
    public static void SendMessage(this ActivityExecutionContext context, OutboxMessage message) => context.CaseFileSession().Send(message);
}
