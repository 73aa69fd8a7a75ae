using System.Collections.Concurrent;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using RelatieWerkstroom.Persistence.Entities;

namespace RelatieWerkstroom.Persistence.Stores;

/// <summary>
/// Appends a burst's journal rows with one multi-row <c>INSERT … RETURNING</c> per chunk instead of one statement per
/// row (EF Core's change tracker sends one per row), on every provider. Columns, table and value conversions come from
/// the EF Core model, so the rows are stored exactly as the tracker would store them.
/// </summary>
internal static class JournalAppend
{
    /// <summary>Rows per statement: 13 parameters each stays far below SQLite's (32 766) and PostgreSQL's (65 535) limits.</summary>
    public const int ChunkRows = 500;

    private static readonly ConcurrentDictionary<Type, Shape> Shapes = new();

    /// <summary>Inserts <paramref name="rows"/> in their order inside the context's current transaction and sets each row's sequence.</summary>
    public static async Task AppendAsync(WerkstroomDbContext db, IReadOnlyList<JournalRow> rows, CancellationToken cancellationToken)
    {
        var shape = Shapes.GetOrAdd(db.GetType(), _ => Shape.Of(db));
        for (var start = 0; start < rows.Count; start += ChunkRows)
        {
            var count = Math.Min(ChunkRows, rows.Count - start);
            var values = new object?[count * shape.Columns.Length];
            for (var r = 0; r < count; r++)
                for (var c = 0; c < shape.Columns.Length; c++)
                    values[r * shape.Columns.Length + c] = shape.Columns[c].Read(rows[start + r]);
            var sequences = await db.Database.SqlQueryRaw<long>(shape.Sql(count), values!).ToListAsync(cancellationToken);
            if (sequences.Count != count)
                throw new InvalidOperationException($"the journal insert returned {sequences.Count} sequence numbers for {count} rows; nothing was stored");
            // One INSERT numbers its rows in the order of its VALUES list (SQLite's rowid, PostgreSQL's identity), but
            // neither promises RETURNING in that order: sorted, the numbers match the rows again.
            sequences.Sort();
            for (var r = 0; r < count; r++) rows[start + r].Sequence = sequences[r];
        }
    }

    private sealed record Column(IProperty Property, IClrPropertyGetter Getter, Func<object?, object?>? ToProvider)
    {
        public object? Read(JournalRow row)
        {
            var value = Getter.GetClrValue(row);
            return value is null ? null : ToProvider is null ? value : ToProvider(value);
        }
    }

    private sealed class Shape
    {
        private readonly ConcurrentDictionary<int, string> _sql = new();
        private readonly string _head;
        private readonly string _returning;

        private Shape(Column[] columns, string head, string returning)
        {
            Columns = columns;
            _head = head;
            _returning = returning;
        }

        public Column[] Columns { get; }

        public static Shape Of(WerkstroomDbContext db)
        {
            var entity = db.Model.FindEntityType(typeof(JournalRow)) ?? throw new InvalidOperationException("the model has no journal");
            var sql = db.GetService<ISqlGenerationHelper>();
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var key = entity.FindProperty(nameof(JournalRow.Sequence))!;
            var columns = entity.GetProperties().Where(p => p != key)
                .Select(p => new Column(p, p.GetGetter(), p.GetTypeMapping().Converter?.ConvertToProvider))
                .ToArray();
            var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Property.GetColumnName(table)!)))}) VALUES ";
            var returning = $" RETURNING {sql.DelimitIdentifier(key.GetColumnName(table)!)} AS \"Value\"";
            return new Shape(columns, head, returning);
        }

        // {n} placeholders: EF Core turns the values into parameters of the provider's kind.
        public string Sql(int rows) => _sql.GetOrAdd(rows, n =>
        {
            var text = new StringBuilder(_head);
            for (var r = 0; r < n; r++)
            {
                text.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < Columns.Length; c++) text.Append(c == 0 ? "{" : ", {").Append(r * Columns.Length + c).Append('}');
                text.Append(')');
            }
            return text.Append(_returning).ToString();
        });
    }
}
