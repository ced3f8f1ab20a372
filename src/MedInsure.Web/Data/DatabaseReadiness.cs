namespace MedInsure.Web.Data;

/// <summary>Set once the schema is current and the policy snapshot is loaded.</summary>
public sealed class DatabaseReadiness
{
    private volatile bool _ready;
    public bool IsReady => _ready;
    public void MarkReady() => _ready = true;
}
