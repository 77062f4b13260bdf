using Chatflows.Core.Flows;
using Chatflows.Core.Text;
using Chatflows.Core.Validation;
using Chatflows.Flows;
using Chatflows.KnowledgeBase;
using Chatflows.Tickets;
using Microsoft.AspNetCore.Mvc;

namespace Chatflows.Areas.Admin.Pages.ChatflowAdmin;

/// <summary>
/// The Options tab (O1–O9): timing, error message, language, availability, consent texts, marketing contacts,
/// the satisfaction survey; and what the wizard set once, kept changeable here: the knowledge base of the
/// Help tab (C3, the seed's "Kennisbank" tab) and the pipeline and status of the bot's tickets (C4).
/// </summary>
public sealed class OptionsModel(
    ChatflowQueries queries, ChatflowStore store, FlowValidator validator, KnowledgeBases knowledgeBases, TicketPipelines pipelines, PickLists.PickListQueries lists,
    TextCatalog texts)
    : ChatflowPageModel(queries, store, validator)
{
    [BindProperty]
    public OptionsInput Input { get; set; } = new();

    public override string Tab => "options";

    /// <summary>Every language there are texts for, the site's own files included (docs/extending.md).</summary>
    public IReadOnlyList<string> Languages => texts.Languages;

    /// <summary>The site's knowledge bases to choose from (C3).</summary>
    public IReadOnlyList<KnowledgeBaseRow> KnowledgeBaseChoices { get; private set; } = [];

    /// <summary>The site's ticket pipelines and their statuses (C4), as the tickets pages have them.</summary>
    public IReadOnlyList<TicketPipeline> Pipelines { get; private set; } = [];

    /// <summary>The survey library (O9): a chatflow asks one of these or its own survey.</summary>
    public IReadOnlyList<PickLists.PickOption> Surveys { get; private set; } = [];

    /// <summary>The built-in texts in the language on the form, shown as what "reset to default" gives.</summary>
    public ConsentTexts Defaults => ConsentTexts.For(FormLanguage);

    /// <summary>The built-in survey texts in the language on the form, shown as what an empty field gives (O9).</summary>
    public SurveyTexts SurveyDefaults => SurveyTexts.For(FormLanguage);

    private string FormLanguage => Input.Language is { } language && Languages.Contains(language) ? language : "en";

    /// <param name="createdSurvey">A survey just added from this tab's "create a new one" link: picked on the form, saved with it.</param>
    public async Task<IActionResult> OnGetAsync(string? createdSurvey, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Input = OptionsInput.From(Draft);
        DraftVersion = Current.DraftVersion;
        await FillAsync(cancellationToken);
        if (createdSurvey is not null && Surveys.Any(s => s.Id == createdSurvey))
        {
            Input.SurveyEnabled = true;
            Input.SurveyId = createdSurvey;
        }

        return Page();
    }

    /// <param name="reset"><c>cookie</c> or <c>dataProcessing</c>: empties that text (back to the built-in one) without saving yet.</param>
    public async Task<IActionResult> OnPostAsync(string? reset, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        await FillAsync(cancellationToken);
        if (reset is "cookie" or "dataProcessing")
        {
            if (reset == "cookie")
            {
                Input.CookieText = "";
                ModelState.Remove("Input.CookieText");
            }
            else
            {
                Input.DataProcessingText = "";
                ModelState.Remove("Input.DataProcessingText");
            }

            return Page();
        }

        if ((Input.CookieText?.Length ?? 0) > 1000)
        {
            ModelState.AddModelError("Input.CookieText", Words.Of(ValidationTexts.ConsentLength()));
        }

        if ((Input.DataProcessingText?.Length ?? 0) > 1000)
        {
            ModelState.AddModelError("Input.DataProcessingText", Words.Of(ValidationTexts.ConsentLength()));
        }

        // The binder's "The value 'x' is not valid" says nothing to an editor; the validator's message does.
        if (ModelState.TryGetValue("Input.SurveyScale", out var scale) && scale.Errors.Count > 0)
        {
            ModelState.Remove("Input.SurveyScale");
            Input.SurveyScale = (SurveyScale)(-1);
        }

        CheckChoices();
        return await SaveAsync(Input.ApplyTo(Draft), cancellationToken);
    }

    // Only ids from the lists: a typed or stale id would leave the Help tab empty or tickets off every board.
    private void CheckChoices()
    {
        if (!string.IsNullOrWhiteSpace(Input.KnowledgeBaseId) && !KnowledgeBaseChoices.Any(k => k.Id == Input.KnowledgeBaseId.Trim()))
        {
            ModelState.AddModelError("Input.KnowledgeBaseId", Words.Of(ValidationTexts.ChooseKnowledgeBase()));
        }

        if (!string.IsNullOrWhiteSpace(Input.SurveyId) && !Surveys.Any(s => s.Id == Input.SurveyId.Trim()))
        {
            ModelState.AddModelError("Input.SurveyId", Words.Of(ValidationTexts.ChooseSurvey()));
        }

        if (Input.TicketPipeline is null && Input.TicketStatus is null)
        {
            return;
        }

        var pipeline = Pipelines.FirstOrDefault(p => p.Id == Input.TicketPipeline?.Trim());
        if (pipeline is null)
        {
            ModelState.AddModelError("Input.TicketPipeline", Words.Of(ValidationTexts.ChoosePipeline()));
        }
        else if (pipeline.FindStatus(Input.TicketStatus?.Trim()) is null)
        {
            ModelState.AddModelError("Input.TicketStatus", Words.Of(ValidationTexts.ChooseStatus(pipeline.Name)));
        }
    }

    private async Task FillAsync(CancellationToken cancellationToken)
    {
        KnowledgeBaseChoices = await knowledgeBases.ListAsync(cancellationToken);
        Pipelines = await pipelines.ListAsync(cancellationToken);
        Surveys = await lists.SurveysAsync(cancellationToken);
    }

    protected override string? KeyFor(string field) => field switch
    {
        "name" => "Input.Name",
        "language" => "Input.Language",
        "display.showOnlyWhenAvailable" => "Input.ShowOnlyWhenAvailable",
        "consent.dataProcessing.privacyPolicyUrl" => "Input.PrivacyPolicyUrl",
        "consent" => "",
        "knowledgeBase.knowledgeBaseId" => "Input.KnowledgeBaseId",
        "survey.surveyId" => "Input.SurveyId",
        "survey.scale" => "Input.SurveyScale",
        "survey.question" => "Input.SurveyQuestion",
        "survey.commentPrompt" => "Input.SurveyCommentPrompt",
        _ => Strip(field, "options."),
    };
}
