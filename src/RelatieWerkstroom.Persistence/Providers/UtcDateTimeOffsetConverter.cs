using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace RelatieWerkstroom.Persistence.Providers;

/// <summary>PostgreSQL: normalises a <see cref="DateTimeOffset"/> to UTC, the only offset Npgsql writes to timestamptz.</summary>
public sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value);
