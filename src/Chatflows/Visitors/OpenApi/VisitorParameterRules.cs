using System.Text.Json.Nodes;
using Chatflows.KnowledgeBase.Search;
using Microsoft.OpenApi;

namespace Chatflows.Visitors.OpenApi;

/// <summary>
/// Query, path and header parameters as their handlers read them: what is required, how long, which values,
/// with an example. A violation of a rule written here answers 400; what a handler merely ignores has no rule.
/// </summary>
internal static class VisitorParameterRules
{
    private const string Conversation = "The conversation's id, from conversationId; only the visitor's own (else 404).";

    public static void Apply(OpenApiOperation operation)
    {
        foreach (var parameter in operation.Parameters!.OfType<OpenApiParameter>())
        {
            Rule(operation.OperationId, parameter);
        }

        if (operation.OperationId == "ConversationEvents")
        {
            operation.Parameters!.Add(new OpenApiParameter
            {
                Name = "Last-Event-ID",
                In = ParameterLocation.Header,
                Description = "Sent by EventSource on reconnect: the id of the last message event received. The stream resumes after the later of it and after.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[0-9]+$" },
                Example = JsonValue.Create("7"),
            });
        }
    }

    private static void Rule(string? operation, OpenApiParameter parameter)
    {
        switch (operation, parameter.Name)
        {
            case (_, "id"):
                parameter.Description = Conversation;
                break;
            case ("GetWidgetConfig", "url"):
                Set(parameter, true, "The page's absolute http(s) address.", Text(1, 2048, "^[Hh][Tt][Tt][Pp][Ss]?://"), "https://ledgerly.example/pricing");
                break;
            case ("GetWidgetConfig", "lang"):
                Set(parameter, false, "The browser's language, used when the chatflow names none.", Text(null, null, null), "en");
                break;
            case ("GetWidgetConfig", "device"):
                Set(parameter, false, "desktop or mobile; anything else is guessed from the user agent.", Text(null, null, null), "desktop");
                break;
            case ("GetWidgetConfig", "tz"):
                Set(parameter, false, "The visitor's IANA time zone, for \"back at …\"; an unknown one is ignored.", Text(null, null, null), "Europe/Amsterdam");
                break;
            case ("GetWidgetConfig", "chatflow"):
                Set(parameter, false, "The chatflow of the conversation the tab carries on (at most 64 characters; a longer one is ignored).", Text(null, null, null), "concierge");
                break;
            case ("GetWidgetConfig", Identification.IdentityTokens.HeaderName):
                Set(parameter, false, "A token the site signed for its visitor (O10, as identityToken of StartConversation): targeting and the welcome message see the identified contact, "
                    + "and visitorIdentified is true. A forged, expired, foreign or malformed token is ignored (the visitor stays anonymous), never an error.", Text(null, null, null), null);
                break;
            case ("ReadMessages" or "ConversationEvents", "after"):
                Set(parameter, false, "The visitor's seq to read after; 0 for the whole conversation.",
                    new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64", Minimum = "0" }, 0);
                break;
            case ("ConversationEvents", "token"):
                Set(parameter, false, "The streamToken of the conversation's answers, for EventSource (which cannot send headers): opens only this conversation's stream, to read, for 24 hours.",
                    Text(null, null, null), null);
                break;
            case ("SearchKnowledgeBase", "q"):
                Set(parameter, true, "What the visitor typed, searched as words (never as query syntax).", Text(1, 200, @"\S"), "vat return");
                break;
            case (_, "lang") when operation is "SearchKnowledgeBase" or "ReadKnowledgeArticle" or "BrowseKnowledgeBase":
                Set(parameter, true, "The language of the articles and of the index, a BCP 47 tag: any language, with its own stemming where Lucene has one.",
                    Text(2, 16, "^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$"), "en");
                break;
            case (_, "kb"):
                Set(parameter, false, "Only this knowledge base (the chatflow's); all of the language's when left out.", Text(null, 64, null), null);
                break;
            case ("ReadKnowledgeArticle", "slug"):
                Set(parameter, true, "The article's slug; an unknown one answers 404.", Text(null, null, null), "plans-and-billing");
                break;
        }
    }

    private static void Set(OpenApiParameter parameter, bool required, string description, OpenApiSchema schema, JsonNode? example)
    {
        parameter.Required = required || parameter.In == ParameterLocation.Path;
        parameter.Description = description;
        parameter.Schema = schema;
        parameter.Example = example;
    }

    private static OpenApiSchema Text(int? min, int? max, string? pattern) =>
        new() { Type = JsonSchemaType.String, MinLength = min, MaxLength = max, Pattern = pattern };
}
