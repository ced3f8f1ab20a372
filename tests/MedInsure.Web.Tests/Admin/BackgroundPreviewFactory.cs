namespace MedInsure.Web.Tests.Admin;

/// <summary>The app with no quick wait for impact previews: every preview shows its progress bar first, however short.</summary>
public sealed class BackgroundPreviewFactory : MedInsureFactory
{
    public BackgroundPreviewFactory() => Settings["ImpactPreview:QuickWaitMilliseconds"] = "0";
}
