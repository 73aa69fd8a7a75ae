namespace RelatieWerkstroom.Cli.Hosting;

/// <summary>Exit codes of <c>werkstroom</c>; scripts rely on them.</summary>
public static class ExitCodes
{
    /// <summary>Everything valid / the instance finished.</summary>
    public const int Ok = 0;

    /// <summary>Invalid input, a faulted instance or an error.</summary>
    public const int Failed = 1;

    /// <summary>Wrong command-line usage.</summary>
    public const int Usage = 2;

    /// <summary>The instance waits for outside input (a person, an event or a far-away timer).</summary>
    public const int Suspended = 3;
}
