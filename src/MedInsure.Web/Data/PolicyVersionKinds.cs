namespace MedInsure.Web.Data;

/// <summary>How a published version came about (<see cref="PolicyVersionEntity.Kind"/>).</summary>
public static class PolicyVersionKinds
{
    /// <summary>Version 1 of a city, loaded from policies/ into an empty database.</summary>
    public const string Seed = "seed";

    /// <summary>Version 1 of a city in a database made before versions: the rows it held.</summary>
    public const string Upgrade = "upgrade";

    /// <summary>A draft approved by an admin who did not author it.</summary>
    public const string Draft = "draft";

    /// <summary>An earlier version's rows published again.</summary>
    public const string Rollback = "rollback";

    /// <summary>The author and publisher of seeded versions.</summary>
    public const string SeedUser = "seed";

    /// <summary>The author and publisher of the versions an upgrade made from existing rows.</summary>
    public const string UpgradeUser = "upgrade";
}
