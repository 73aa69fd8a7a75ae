namespace RelatieWerkstroom.Casework.Ids;

/// <summary>
/// Creates the random ids of case files, subjects (pseudonyms), clock runs and workflow instances opened for a case.
/// Replaceable so that a simulation with a fixed seed produces the same ids every run.
/// </summary>
public interface IIdGenerator
{
    /// <summary>A new id: <paramref name="prefix"/> followed by <paramref name="bytes"/> random bytes as lower-case hex.</summary>
    string NewId(string prefix, int bytes);
}
