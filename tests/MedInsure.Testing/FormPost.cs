using AngleSharp.Html.Dom;

namespace MedInsure.Testing;

/// <summary>The successful controls of a form, in document order, ready to be changed and posted.</summary>
public sealed class FormPost
{
    private readonly List<KeyValuePair<string, string>> _fields = [];
    private readonly Uri _action;

    private FormPost(Uri action) => _action = action;

    /// <summary>What the form would send when <paramref name="submitter"/> (a submit button) is pressed.</summary>
    public static FormPost From(IHtmlFormElement form, IHtmlElement? submitter = null)
    {
        var baseUri = new Uri(form.Owner!.Url);
        var action = submitter?.GetAttribute("formaction") ?? form.GetAttribute("action") ?? "";
        var post = new FormPost(new Uri(baseUri, action));
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element.HasAttribute("disabled"))
                continue;
            switch (element)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                        post._fields.Add(new(name, input.Value));
                    break;
                case IHtmlInputElement input when input.Type is "submit" or "button" or "reset" or "image":
                    break;
                case IHtmlInputElement input:
                    post._fields.Add(new(name, input.GetAttribute("value") ?? ""));
                    break;
                case IHtmlSelectElement select:
                    var option = select.Options.FirstOrDefault(o => o.IsSelected) ?? select.Options.FirstOrDefault();
                    if (option is not null)
                        post._fields.Add(new(name, option.Value));
                    break;
                case IHtmlTextAreaElement area:
                    post._fields.Add(new(name, area.Value));
                    break;
                case IHtmlButtonElement button when ReferenceEquals(button, submitter):
                    post._fields.Add(new(name, button.Value));
                    break;
            }
        }
        return post;
    }

    /// <summary>
    /// What the browser sends when <paramref name="button"/> is pressed: the form it belongs to, which
    /// its form attribute may name (the layout's switches on the check page belong to the check form).
    /// </summary>
    public static FormPost PressedBy(IHtmlButtonElement button) =>
        From(button.Form ?? throw new InvalidOperationException("the button belongs to no form"), button);

    public IReadOnlyList<KeyValuePair<string, string>> Fields => _fields;

    public string? this[string name] => _fields.LastOrDefault(f => f.Key == name).Value;

    /// <summary>Types a value, as a person (or someone editing the request) would; adds the field if the form has none.</summary>
    public FormPost Set(string name, string value)
    {
        var index = _fields.FindIndex(f => f.Key == name);
        if (index < 0)
            _fields.Add(new(name, value));
        else
            _fields[index] = new(name, value);
        return this;
    }

    public FormPost Without(string name)
    {
        _fields.RemoveAll(f => f.Key == name);
        return this;
    }

    public Task<HttpResponseMessage> PostAsync(HttpClient client) =>
        client.PostAsync(_action, new FormUrlEncodedContent(_fields));
}
