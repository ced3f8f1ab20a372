namespace MedInsure.Web.Data;

public sealed class CityEntity
{
    public required string Code { get; set; }
    public required string NameZh { get; set; }
    public required string NameEn { get; set; }
}
