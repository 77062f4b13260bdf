using Chatflows.Core.Flows;
using Chatflows.Core.References;
using Chatflows.Core.Tests.TestPorts;
using static Chatflows.Core.Tests.Flows.TestFlow;

namespace Chatflows.Core.Tests.Surveys;

public sealed class SurveySettingsTests
{
    private readonly FlowValidator _validator = new TestEngine().Validator;

    [Theory]
    [InlineData("en", "How would you rate this conversation?")]
    [InlineData("nl", "Hoe beoordeel je dit gesprek?")]
    [InlineData("de", "Wie bewerten Sie dieses Gespräch?")]
    [InlineData("fr", "Comment évaluez-vous cette conversation ?")]
    [InlineData("es", "¿Cómo valorarías esta conversación?")]
    [InlineData("nl-BE", "Hoe beoordeel je dit gesprek?")]
    [InlineData("pt", "How would you rate this conversation?")]
    public void An_empty_question_is_the_built_in_one_in_the_chatflows_language(string language, string question)
    {
        var survey = new SurveySettings { Enabled = true };

        Assert.Equal(question, survey.EffectiveQuestion(language));
        Assert.False(string.IsNullOrWhiteSpace(survey.EffectiveCommentPrompt(language)));
    }

    [Fact]
    public void The_editors_texts_win_over_the_built_in_ones()
    {
        var survey = new SurveySettings { Question = "Did we help?", CommentPrompt = "Tell us more" };

        Assert.Equal(("Did we help?", "Tell us more"), (survey.EffectiveQuestion("nl"), survey.EffectiveCommentPrompt("nl")));
    }

    [Fact]
    public void Survey_is_off_by_default_and_a_default_flow_has_no_survey_findings()
    {
        var flow = Create(Say("hello", "Hello"));

        var findings = _validator.Validate(flow);

        Assert.False(flow.Survey.Enabled);
        Assert.Equal(SurveyScale.Stars, flow.Survey.Scale);
        Assert.DoesNotContain(findings, f => f.Code == "flow.survey");
    }

    [Fact]
    public void Overlong_texts_and_an_unknown_scale_block_publishing()
    {
        var flow = Create(Say("hello", "Hello")) with
        {
            Survey = new SurveySettings { Enabled = true, Scale = (SurveyScale)7, Question = new string('q', 301), CommentPrompt = new string('c', 301) },
        };

        var findings = _validator.Validate(flow).Where(f => f.Code == "flow.survey").ToList();

        Assert.Equal(["survey.scale", "survey.question", "survey.commentPrompt"], findings.Select(f => f.Field));
        Assert.All(findings, f => Assert.Equal(FindingSeverity.Error, f.Severity));
    }

    [Fact]
    public void Survey_settings_survive_the_document_round_trip()
    {
        var flow = Create(Say("hello", "Hello")) with { Survey = new SurveySettings { Enabled = true, Scale = SurveyScale.Thumbs, Question = "Good?" } };

        var json = FlowJson.Serialize(flow);
        var back = FlowJson.Deserialize(json);

        Assert.Contains("\"scale\":\"thumbs\"", json, StringComparison.Ordinal);
        Assert.Equal(flow.Survey, back.Survey);
    }

    [Fact]
    public void A_chatflow_saved_before_the_library_reads_as_its_own_survey()
    {
        var back = FlowJson.Deserialize("""{"id":"old","name":"Old","language":"en","survey":{"enabled":true,"scale":"thumbs","question":"Good?"}}""");

        Assert.Null(back.Survey.SurveyId);
        Assert.Equal((true, SurveyScale.Thumbs, "Good?"), (back.Survey.Enabled, back.Survey.Scale, back.Survey.Question));
        Assert.DoesNotContain("surveyId", FlowJson.Serialize(back), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, "csat", true)]
    [InlineData(false, "csat", false)]
    [InlineData(true, null, false)]
    public void A_linked_survey_is_a_reference_only_while_the_chatflow_asks_it(bool enabled, string? surveyId, bool referenced)
    {
        var engine = new TestEngine();
        var flow = Create(Say("hello", "Hello")) with { Survey = new SurveySettings { Enabled = enabled, SurveyId = surveyId } };

        var references = FlowReferences.Of(flow, engine.Catalog).Where(r => r.Kind == ReferenceKind.Survey).ToList();

        Assert.Equal(referenced, references.Count == 1);
        Assert.All(references, r => Assert.Equal((null, "survey.surveyId", "csat"), (r.ActionId, r.Field, r.Id)));
    }
}
