namespace RelatieWerkstroom.Engine.LegalTime;

/// <summary>Which verdaging (extension) the law allows on a term; the clock refuses any other.</summary>
public enum VerdagingRule
{
    /// <summary>
    /// Any extension notified within the term: local and internal norms, and the redelijke termijn of Awb 4:14 lid 3
    /// (no statutory term; the notice within the eight weeks names a new term).
    /// </summary>
    Any,

    /// <summary>
    /// None: a statutory term without a verdagingsbepaling (for example Wmo 2015 art. 2.3.5 lid 2). A notice under
    /// Awb 4:14 lid 1 names the term within which the decision can be expected, but does not move the deadline: a
    /// decision after it is late.
    /// </summary>
    None,

    /// <summary>
    /// Awb 7:10 lid 3 and 4 (beslissing op bezwaar): one verdaging of at most six weeks; further delay only with a
    /// ground of lid 4 (consent of all belanghebbenden, consent of the indiener without harm to others, or the
    /// naleving of wettelijke procedurevoorschriften).
    /// </summary>
    Awb710,
}
