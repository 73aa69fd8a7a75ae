namespace RelatieWerkstroom.Engine.LegalTime;

/// <summary>One band of a dwangsom tariff: the amount per day for penalty days <see cref="FirstDay"/> to <see cref="LastDay"/>.</summary>
/// <param name="FirstDay">The first penalty day of the band, counting from 1.</param>
/// <param name="LastDay">The last penalty day of the band, inclusive.</param>
/// <param name="PerDay">The amount in euros for each day in the band.</param>
public sealed record DwangsomTier(int FirstDay, int LastDay, decimal PerDay);
