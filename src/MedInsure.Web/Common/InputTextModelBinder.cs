using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace MedInsure.Web.Common;

/// <summary>
/// Every string bound from a form or a query (every page's fields) passes through
/// <see cref="InputText.Clean"/> before validation sees it.
/// </summary>
public sealed class InputTextModelBinder(IModelBinder inner) : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        await inner.BindModelAsync(bindingContext);
        if (bindingContext.Result is { IsModelSet: true, Model: string text })
        {
            var clean = InputText.Clean(text);
            if (!ReferenceEquals(clean, text))
                bindingContext.Result = ModelBindingResult.Success(clean);
        }
    }

    /// <summary>Put in front of the simple-type binder, so that body, header and service bindings are untouched.</summary>
    public sealed class Provider : IModelBinderProvider
    {
        public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
            context.Metadata.ModelType == typeof(string)
                ? new InputTextModelBinder(new SimpleTypeModelBinder(typeof(string), context.Services.GetRequiredService<ILoggerFactory>()))
                : null;
    }

    public static void Register(IList<IModelBinderProvider> providers)
    {
        var simple = providers.Select((p, i) => (p, i)).FirstOrDefault(x => x.p is SimpleTypeModelBinderProvider);
        providers.Insert(simple.p is null ? providers.Count : simple.i, new Provider());
    }
}
