using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Chatflows.Core.Flows;
using Chatflows.Flows;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Users;
using Microsoft.Extensions.DependencyInjection;
using static Chatflows.Tests.Infrastructure.FlowBuilding;

namespace Chatflows.Tests.Admin.Chatflows;

/// <summary>
/// Issue 23 item 4: the templates' words and the admin's validation messages are texts files. A language added by a
/// file alone reaches the wizard, its templates and its messages; an editor reads messages in their Accept-Language;
/// a template made in German greets its visitors in German.
/// </summary>
public sealed class ChatflowTextsTests : IAsyncLifetime
{
    private const string Password = "Some-Passw0rd!";
    private const string ItalianWelcome = "Ciao! Porto la tua domanda al nostro supporto.";

    private readonly string _folder = Directory.CreateTempSubdirectory("chatflows-texts-").FullName;
    private ChatflowsFactory _host = null!;

    [Fact]
    public async Task A_language_added_by_a_file_alone_gives_the_wizard_a_template_and_validation_messages_in_it()
    {
        var editor = await SignedInAsync("it-IT,it;q=0.9");

        var stepOne = await editor.Http.GetStringAsync("/admin/chatflows/create");
        var translations = await editor.Http.GetStringAsync($"/admin/chatflows/{await DraftAsync(Flow("add-it", "Hi"))}/translations");
        var created = await editor.PostFormAsync("/admin/chatflows/create", Wizard("Supporto IT", "it", "tickets"));
        var record = await RecordAsync("supporto-it");
        var draft = FlowJson.Deserialize(record.DraftJson);
        var refused = await editor.PostFormAsync("/admin/chatflows/supporto-it/options", Options(record, "it", typingDelayMs: "-5"));

        Assert.Contains("<option value=\"it\"", stepOne, StringComparison.Ordinal);
        Assert.Contains("<option value=\"it\"", translations, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("it", draft.Language);
        Assert.Equal(ItalianWelcome, draft.WelcomeMessage);
        Assert.Equal("Qual è la tua domanda?", draft.Actions[0].Settings["text"]?.GetValue<string>());
        Assert.Equal("Which e-mail address can we reach you at?", draft.Actions[1].Settings["text"]?.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Il ritardo di battitura va da 0 a 5.000 millisecondi.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Dutch_editor_saving_a_broken_chatflow_reads_the_message_in_Dutch_and_an_English_one_in_English()
    {
        var id = await DraftAsync(Flow("broken-nl", "Hoi"));
        var dutch = await SignedInAsync("nl-NL,nl;q=0.9,en;q=0.8");
        var english = await SignedInAsync(acceptLanguage: null);
        var record = await RecordAsync(id);
        var culture = CultureInfo.CurrentCulture.Name;

        var inDutch = await (await dutch.PostFormAsync($"/admin/chatflows/{id}/options", Options(record, "en", typingDelayMs: "-5"))).Content.ReadAsStringAsync();
        var inEnglish = await (await english.PostFormAsync($"/admin/chatflows/{id}/options", Options(record, "en", typingDelayMs: "-5"))).Content.ReadAsStringAsync();

        Assert.Contains("De typvertraging is 0 tot 5.000 milliseconden.", inDutch, StringComparison.Ordinal);
        Assert.DoesNotContain("The typing delay is", inDutch, StringComparison.Ordinal);
        Assert.Contains("The typing delay is 0 to 5,000 milliseconds.", inEnglish, StringComparison.Ordinal);
        Assert.Equal(culture, CultureInfo.CurrentCulture.Name);
        Assert.Equal(record.DraftVersion, (await RecordAsync(id)).DraftVersion);
    }

    [Fact]
    public async Task A_template_made_in_German_in_the_wizard_greets_a_visitor_in_German()
    {
        var editor = await SignedInAsync("de");

        var stepTwo = await editor.Http.GetStringAsync("/admin/chatflows/create?step=2&Input.Binding=Inbox&Input.Language=de&Input.Name=Support%20DE");
        var created = await editor.PostFormAsync("/admin/chatflows/create", Wizard("Support DE", "de", "tickets"));
        var published = await editor.PostFormAsync("/admin/chatflows/support-de/publish", [], formPage: "/admin/chatflows/support-de");
        await editor.PostFormAsync("/admin/chatflows?handler=Switch", new() { ["id"] = "support-de", ["enabled"] = "true" }, formPage: "/admin/chatflows");
        var visitor = VisitorClient.For(_host);
        var (started, body) = await visitor.StartAsync("support-de");

        Assert.Contains("Ticket-Bot <span class=\"cf-hint\">— Nehmen Sie eine Support-Frage auf", stepTwo, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.True(started.IsSuccessStatusCode, body.ToString());
        Assert.Equal(
            ["Hallo und willkommen! Ich sorge dafür, dass Ihre Frage bei unserem Support-Team ankommt.",
             "Was ist Ihre Frage? Je mehr Details Sie nennen, desto schneller können wir helfen."],
            VisitorClient.Texts(body));
    }

    public async Task InitializeAsync()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "it.json"), $$"""
            {
              "name": "Italiano",
              "widget": { "send": "Invia" },
              "template.tickets": { "welcome": "{{ItalianWelcome}}", "askQuestion": "Qual è la tua domanda?" },
              "validation": { "options.typingDelay": "Il ritardo di battitura va da 0 a {max} millisecondi." }
            }
            """);
        _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?> { ["Chatflows:Texts:Folder"] = _folder });
        await _host.InScopeAsync(async s => Assert.Empty(await s.GetRequiredService<UserAdministration>()
            .CreateOrUpdateAsync(new NewUser(ChatflowAdminFixture.EditorEmail, "Erin Editor", ["Editor"], Password))));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<AdminClient> SignedInAsync(string? acceptLanguage)
    {
        var client = AdminClient.For(_host);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(ChatflowAdminFixture.EditorEmail, Password)).StatusCode);
        if (acceptLanguage is not null)
        {
            client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        return client;
    }

    private Task<string> DraftAsync(Chatflow flow) => _host.InScopeAsync(async s =>
    {
        Assert.True((await s.GetRequiredService<ChatflowStore>().CreateOrReplaceAsync(flow, CancellationToken.None)).Succeeded);
        return flow.Id;
    });

    private Task<ChatflowRecord> RecordAsync(string id) =>
        _host.InScopeAsync(async s => (await s.GetRequiredService<ChatflowStore>().FindAsync(id, CancellationToken.None))!);

    private static Dictionary<string, string> Wizard(string name, string language, string template) => new()
    {
        ["Input.Binding"] = "Inbox", ["Input.Language"] = language, ["Input.Name"] = name, ["Input.Template"] = template,
        ["Input.TicketPipeline"] = "support", ["Input.TicketStatus"] = "new",
    };

    private static Dictionary<string, string> Options(ChatflowRecord record, string language, string typingDelayMs) => new()
    {
        ["DraftVersion"] = record.DraftVersion.ToString(), ["Input.Name"] = record.Name, ["Input.Language"] = language, ["Input.TypingDelayMs"] = typingDelayMs,
        ["Input.SessionTimeoutMinutes"] = "30", ["Input.ErrorMessage"] = "Oops.", ["Input.CookieConsentWhen"] = "BeforeChat",
        ["Input.DataProcessingType"] = "Explicit", ["Input.PrivacyPolicyUrl"] = "", ["Input.SurveyScale"] = "Stars",
        ["Input.TicketPipeline"] = "support", ["Input.TicketStatus"] = "new",
    };
}
