namespace MedInsure.Domain.Policies;

/// <summary>How authoritative a row's source is (policies/sources/README.md).</summary>
public enum SourceAuthority
{
    /// <summary>A government site (gov.cn and its subdomains, a district government site).</summary>
    Official,

    /// <summary>A government statement or notice reported by a news outlet or district paper, naming the authority.</summary>
    OfficialReported,

    /// <summary>A repost, an aggregator or an unsigned article.</summary>
    ThirdParty,
}
