namespace MedInsure.Browser.Tests;

[CollectionDefinition(Name)]
public sealed class CitizenCollection : ICollectionFixture<CitizenBrowserFixture>
{
    public const string Name = "citizen pages";
}
