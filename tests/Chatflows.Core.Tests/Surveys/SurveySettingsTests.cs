using Chatflows.Core.Flows;
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
}
