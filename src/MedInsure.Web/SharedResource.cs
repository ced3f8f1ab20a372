namespace MedInsure.Web;

/// <summary>
/// Marker type for the citizen pages' texts: Resources/SharedResource.resx (Chinese, the neutral
/// language) and Resources/SharedResource.en.resx (English).
/// </summary>
public sealed class SharedResource;
