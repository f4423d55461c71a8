namespace DirectiveTracker.Index.Progress;

/// <summary>
/// Progress behind one seam: updates and their history, tasks with their computed status, report proposals and gap
/// reports. Both stores implement it (Storage/ProgressRecords.cs) as part of <see cref="ITrackerStore"/>.
/// </summary>
public interface IProgressStore
{
    /// <summary>The task with this id, or null.</summary>
    TrackedTask? Task(long taskId, DateOnly today);

    /// <summary>The tasks of the stored document with this number whose path is <paramref name="path"/> (normally one).</summary>
    IReadOnlyList<TrackedTask> FindTasks(string documentNumber, string path, DateOnly today);

    /// <summary>All tasks of a stored document, in document order.</summary>
    IReadOnlyList<TrackedTask> DocumentTasks(long documentId, DateOnly today);

    /// <summary>Stored documents with tasks whose number is one of these (compared by key: spacing, case, đ/d).</summary>
    IReadOnlyList<StoredPlan> FindPlans(IEnumerable<string> numbers);

    /// <summary>Records an update in the task's history and applies it to the task's (or occurrence's) state; returns its id.</summary>
    long AddUpdate(ProgressUpdateInput update);

    /// <summary>The task's updates, oldest first.</summary>
    IReadOnlyList<ProgressUpdateRecord> History(long taskId);

    /// <summary>Keeps the proposals made from a report (pending); returns their ids in the same order.</summary>
    IReadOnlyList<long> SaveProposals(long reportDocumentId, IReadOnlyList<ProposalInput> proposals);

    /// <summary>
    /// Replaces a report's pending proposals with these (one transaction; decided ones stay); returns the new ids in
    /// the same order. A new version of a report, or its check once its plan arrives, proposes again through this.
    /// </summary>
    IReadOnlyList<long> ReplacePendingProposals(long reportDocumentId, IReadOnlyList<ProposalInput> proposals);

    /// <summary>All proposals made from a report, pending and decided, oldest first.</summary>
    IReadOnlyList<ProposalRecord> ReportProposals(long reportDocumentId);

    /// <summary>A proposal with its state.</summary>
    ProposalRecord? Proposal(long proposalId);

    /// <summary>Pending proposals of a report (all reports when null).</summary>
    IReadOnlyList<ProposalRecord> PendingProposals(long? reportDocumentId = null);

    /// <summary>Accepts a pending proposal: records its update (channel Report) and marks it accepted. Returns the update id.</summary>
    long AcceptProposal(long proposalId, string decidedBy, DateOnly today);

    /// <summary>Rejects a pending proposal: marks it rejected and changes nothing else.</summary>
    void RejectProposal(long proposalId, string decidedBy);

    /// <summary>Keeps a report whose plans are not stored yet, to be matched when one of them arrives.</summary>
    void KeepWaitingReport(long reportDocumentId, IEnumerable<string> planNumbers);

    /// <summary>The report no longer waits for this plan (it arrived and the report was checked against it).</summary>
    void StopWaiting(long reportDocumentId, string planNumber);

    /// <summary>Reports kept waiting for a plan with this number.</summary>
    IReadOnlyList<long> ReportsWaitingFor(string planNumber);

    /// <summary>Gap report of one plan.</summary>
    PlanGaps PlanGaps(long documentId, DateOnly today);

    /// <summary>What an agency owes across all plans (as lead) and what it has reported.</summary>
    AgencyGaps AgencyGaps(string agencyName, DateOnly today);

    /// <summary>The plans that implement a directive (transitively, through the citation graph) and their combined progress.</summary>
    DirectiveGaps DirectiveGaps(string directiveNumber, DateOnly today);
}
