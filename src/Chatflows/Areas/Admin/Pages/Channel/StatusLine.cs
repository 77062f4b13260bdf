using System.Text.Json;
using Chatflows.Core.Availability;
using Chatflows.Core.Text;

namespace Chatflows.Areas.Admin.Pages.Channel;

/// <summary>The availability line a visitor in one language would see now (W6, L1), for the Channel page's preview.</summary>
/// <param name="Language">The visitor's language.</param>
/// <param name="Text">The line in the words the widget uses (its <c>widget</c> texts), empty when the widget shows none.</param>
/// <param name="RightToLeft">True when the language is written right to left.</param>
public sealed record StatusLine(string Language, string Text, bool RightToLeft)
{
    /// <summary>The same choice as the widget's <c>availabilityLine</c>: response time, "back at", or the message.</summary>
    public static StatusLine Of(AvailabilityResult state, LanguageTexts texts)
    {
        var text = state switch
        {
            { Instruction: WidgetInstruction.ShowResponseTime, TypicalResponseTime: not TypicalResponseTime.None } =>
                texts.Text("widget", JsonNamingPolicy.CamelCase.ConvertName(state.TypicalResponseTime.ToString())),
            { Instruction: WidgetInstruction.ShowBackAt, NextOpeningLocal: { } back } => texts.Text("widget", "backAt").Replace("{when}", back, StringComparison.Ordinal),
            { Instruction: WidgetInstruction.ShowBackAt or WidgetInstruction.ShowAwayMessage or WidgetInstruction.ShowWaitMessage } => state.Message ?? "",
            _ => "",
        };
        return new StatusLine(texts.Code, text, texts.RightToLeft);
    }
}
