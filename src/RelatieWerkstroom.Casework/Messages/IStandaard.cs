namespace RelatieWerkstroom.Casework.Messages;

/// <summary>The iStandaard a message follows: iWmo (Wmo 2015) or iJw (Jeugdwet), release 3.2.</summary>
public enum IStandaard
{
    /// <summary>iWmo: messages WMO301 … WMO325.</summary>
    IWmo,

    /// <summary>iJw: messages JW301 … JW325.</summary>
    IJw,
}
