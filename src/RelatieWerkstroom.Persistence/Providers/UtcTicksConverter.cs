using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace RelatieWerkstroom.Persistence.Providers;

/// <summary>
/// SQLite: stores a <see cref="DateTimeOffset"/> as UTC ticks (INTEGER), so that <c>dueAt &lt;= now</c> and ORDER BY
/// compare instants, whatever offset the value came with (text would compare "10:00+02:00" after "09:00+00:00").
/// </summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
