using RelatieWerkstroom.Engine.Activities;
using RelatieWerkstroom.Engine.Descriptors;
using RelatieWerkstroom.Engine.Runtime;

namespace RelatieWerkstroom.Engine.Tests.Support;

/// <summary>A test activity that waits for an approval, refuses a resume without a decision and crashes on request.</summary>
[Activity("Test.Approval", "Test", "Approval")]
[FlowNode("Approved", "Rejected")]
public sealed class ApprovalActivity : Activity
{
    public const string Kind = "Approval";

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context) =>
        new(ActivityResult.Suspend(new BookmarkRequest(Kind, Node.Id)));

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ResumeAsync(ActivityExecutionContext context)
    {
        // Change state first, so a test can see that a refused resume leaves nothing behind.
        context.SetState("touched");
        context.Journal("ApprovalAttempt");
        if (context.ResumePayload?["crash"]?.GetValue<bool>() == true)
            throw new InvalidOperationException("the approval service is down");
        if (context.ResumePayload?["approved"]?.GetValue<bool>() is not { } approved)
            throw new ResumeRejectedException("an approval needs 'approved': true or false");
        return new(ActivityResult.Outcome(approved ? "Approved" : "Rejected"));
    }
}
