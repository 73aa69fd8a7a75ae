namespace RelatieWerkstroom.Reports.Internal;

/// <summary>Accumulators by group key, created on first use.</summary>
internal sealed class Groups<TKey, TAcc> : Dictionary<TKey, TAcc>
    where TKey : notnull
    where TAcc : Accumulator, new()
{
    public TAcc Get(TKey key)
    {
        if (!TryGetValue(key, out var acc))
        {
            acc = new TAcc();
            this[key] = acc;
        }

        return acc;
    }
}

/// <summary>Accumulators by group key whose accumulator needs constructor data.</summary>
internal sealed class FactoryGroups<TKey, TAcc> : Dictionary<TKey, TAcc>
    where TKey : notnull
    where TAcc : Accumulator
{
    public TAcc Get(TKey key, Func<TAcc> create)
    {
        if (!TryGetValue(key, out var acc))
        {
            acc = create();
            this[key] = acc;
        }

        return acc;
    }
}
