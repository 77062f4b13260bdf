using System.ComponentModel.DataAnnotations;
using Chatflows.Core.Text;
using Chatflows.Core.Validation;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Areas.Admin;

/// <summary>
/// ASP.NET's own messages on our admin pages in the editor's language (STYLE 31): a value the binder could not read
/// ("The value 'abc' is not valid for X.") or a data annotation without words of its own ("The X field is required.")
/// becomes the keyed message, after binding and validation and before the handler. Added to our admin pages only
/// (<see cref="AdminServiceCollectionExtensions"/>): the host's <c>MvcOptions</c> and its message provider stay the
/// host's (DESIGN "A guest in someone else's site"). A message is recognised by being exactly what the provider or
/// annotation writes for that field, so our own messages, and any a host localised itself, are left as they are.
/// </summary>
internal sealed class AdminFormWords : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (context.ModelState.ErrorCount == 0 || context.HandlerInstance is null)
        {
            return;
        }

        var services = context.HttpContext.RequestServices;
        var provider = services.GetRequiredService<IModelMetadataProvider>();
        var words = services.GetRequiredService<EditorTexts>();
        foreach (var (key, entry) in context.ModelState)
        {
            if (entry.Errors.Count == 0 || MetadataFor(key, context.HandlerInstance.GetType(), context.HandlerMethod?.Parameters, provider) is not { } metadata)
            {
                continue;
            }

            for (var i = 0; i < entry.Errors.Count; i++)
            {
                if (Keyed(entry.Errors[i].ErrorMessage, entry.AttemptedValue, metadata) is { } message)
                {
                    entry.Errors[i] = new ModelError(words.Of(message));
                }
            }
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }

    /// <summary>The keyed message for one of ASP.NET's own messages about <paramref name="metadata"/>'s field; null for any other.</summary>
    internal static TextMessage? Keyed(string message, string? attempted, ModelMetadata metadata)
    {
        var field = metadata.GetDisplayName();
        var value = attempted ?? "";
        var said = metadata.ModelBindingMessageProvider;
        if (message == said.AttemptedValueIsInvalidAccessor(value, field) || message == said.UnknownValueIsInvalidAccessor(field))
        {
            return ValidationTexts.FormInvalidFor(value, field);
        }

        if (message == said.ValueMustNotBeNullAccessor(value) || message == said.MissingBindRequiredValueAccessor(field)
            || message == said.MissingKeyOrValueAccessor() || message == said.MissingRequestBodyRequiredValueAccessor())
        {
            return value.Length == 0 ? ValidationTexts.SettingRequired(field) : ValidationTexts.FormInvalidFor(value, field);
        }

        if (message == said.NonPropertyAttemptedValueIsInvalidAccessor(value) || message == said.ValueIsInvalidAccessor(value))
        {
            return ValidationTexts.FormInvalid(value);
        }

        if (message == said.ValueMustBeANumberAccessor(field) || message == said.NonPropertyValueMustBeANumberAccessor())
        {
            return ValidationTexts.FormNumber(field);
        }

        return metadata.ValidatorMetadata.OfType<ValidationAttribute>()
            .Where(a => a.ErrorMessage is null && a.ErrorMessageResourceName is null && message == a.FormatErrorMessage(field))
            .Select(a => SettingAttributes.For(a, field))
            .FirstOrDefault(m => m is not null);
    }

    // "Input.Hours[2][0].Start" → the page model's Input, then its element type twice, then Start. The first name is
    // a bound property of the page model (by its binding name), else a handler parameter, else a property of a
    // complex handler parameter bound without prefix.
    private static ModelMetadata? MetadataFor(string key, Type pageType, IEnumerable<ParameterDescriptor>? parameters, IModelMetadataProvider provider)
    {
        var parts = key.Split('.');
        var first = Name(parts[0]);
        var arguments = (parameters ?? []).Select(p => (Name: p.BindingInfo?.BinderModelName ?? p.Name, Metadata: Of(p, provider))).ToList();
        var root = provider.GetMetadataForType(pageType).Properties.FirstOrDefault(p => Same(p.BinderModelName ?? p.PropertyName, first))
            ?? arguments.Where(a => Same(a.Name, first)).Select(a => a.Metadata).FirstOrDefault()
            ?? arguments.Where(a => a.Metadata.IsComplexType).SelectMany(a => a.Metadata.Properties).FirstOrDefault(p => Same(p.PropertyName, first));
        var metadata = root is null ? null : Indexed(root, parts[0]);
        foreach (var part in parts.Skip(1))
        {
            var property = metadata?.Properties.FirstOrDefault(p => Same(p.PropertyName, Name(part)));
            metadata = property is null ? null : Indexed(property, part);
        }

        return metadata;
    }

    // A handler parameter's own metadata carries its name; a parameter described without reflection gets its type's.
    private static ModelMetadata Of(ParameterDescriptor parameter, IModelMetadataProvider provider) =>
        parameter is HandlerParameterDescriptor { ParameterInfo: { } info } && provider is ModelMetadataProvider reflecting
            ? reflecting.GetMetadataForParameter(info)
            : provider.GetMetadataForType(parameter.ParameterType);

    // One [n] or [key] per level of a list or dictionary: each steps into the element type.
    private static ModelMetadata? Indexed(ModelMetadata metadata, string part)
    {
        var current = metadata;
        for (var i = 0; i < part.Count(c => c == '['); i++)
        {
            current = current?.ElementMetadata;
        }

        return current;
    }

    private static string Name(string part) => part.IndexOf('[') is var at and >= 0 ? part[..at] : part;

    private static bool Same(string? name, string other) => string.Equals(name, other, StringComparison.OrdinalIgnoreCase);
}
