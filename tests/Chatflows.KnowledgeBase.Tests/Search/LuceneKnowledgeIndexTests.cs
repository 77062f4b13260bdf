using Chatflows.KnowledgeBase.Search;

namespace Chatflows.KnowledgeBase.Tests.Search;

public sealed class LuceneKnowledgeIndexTests
{
    [Fact]
    public void Dutch_stemming_finds_gesprekken_for_gesprek()
    {
        using var index = TestIndex.InMemory();
        index.Upsert(TestIndex.Article("chatten", "Chatten met klanten", "Alle gesprekken met je klanten staan in de inbox.", "nl"));
        index.Upsert(TestIndex.Article("facturen", "Facturen versturen", "Maak een factuur en verstuur hem per e-mail.", "nl"));

        Assert.Equal(["chatten"], index.Slugs("gesprek", "nl"));
    }

    [Fact]
    public void English_stemming_finds_conversations_for_conversation()
    {
        using var index = TestIndex.InMemory();
        index.Upsert(TestIndex.Article("inbox", "The inbox", "All conversations with your customers are in the inbox."));
        index.Upsert(TestIndex.Article("invoices", "Invoices", "Create an invoice and send it by e-mail."));

        Assert.Equal(["inbox"], index.Slugs("conversation"));
    }

    [Fact]
    public void Title_match_ranks_above_body_match()
    {
        using var index = TestIndex.InMemory();
        index.Upsert(TestIndex.Article("body", "Bank feeds", "Your bank feed also matches each refund to its original invoice quickly."));
        index.Upsert(TestIndex.Article("title", "Refund an invoice", "Make a credit note for the amount you pay back."));

        Assert.Equal(["title", "body"], index.Slugs("refund"));
    }

    [Fact]
    public void Last_word_matches_as_a_prefix_while_typing()
    {
        using var index = TestIndex.InMemory();
        index.Upsert(TestIndex.Article("send-invoices", "Sending invoices", "Numbered and VAT-correct."));

        Assert.Equal(["send-invoices"], index.Slugs("invo"));
    }

    [Fact]
    public void A_typo_still_finds_the_article()
    {
        using var index = TestIndex.InMemory();
        index.Upsert(TestIndex.Article("send-invoices", "Sending invoices", "Numbered and VAT-correct."));
        index.Upsert(TestIndex.Article("bank", "Bank feeds", "Connect your bank."));

        Assert.Equal(["send-invoices"], index.Slugs("invocie"));
    }

    [Theory]
    [InlineData("title:x AND (")]
    [InlineData("*")]
    [InlineData("\"")]
    [InlineData("~")]
    [InlineData("\\")]
    [InlineData("title:(vat")]
    [InlineData("vat~ OR *:*")]
    public void Query_syntax_from_visitors_is_searched_as_words_never_interpreted(string query)
    {
        using var index = TestIndex.InMemory();
        index.Upsert(TestIndex.Article("vat", "VAT return", "File your quarterly VAT return."));
        index.Upsert(TestIndex.Article("x-files", "Other", "Nothing about taxes."));

        var results = index.Slugs(query);

        // "*:*" would match everything and "title:x" nothing; as words, only a real word can match.
        Assert.DoesNotContain("x-files", results);
    }

    [Fact]
    public void Html_snippet_marks_matches_and_encodes_the_article_text()
    {
        using var index = TestIndex.InMemory();
        index.Upsert(TestIndex.Article("vat", "VAT", "Use <b>reverse charge</b> & file your VAT return on time."));

        var result = Assert.Single(index.Search(null, "en", "return", 5));

        Assert.Contains("<mark>return</mark>", result.SnippetHtml, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;reverse charge&lt;", result.SnippetHtml, StringComparison.Ordinal);
        Assert.Contains("&amp; file", result.SnippetHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", result.SnippetHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>", result.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bot_search_still_returns_plain_text_snippets()
    {
        using var index = TestIndex.InMemory();
        index.Upsert(TestIndex.Article("vat", "VAT", "Use <b>reverse charge</b> for EU customers."));

        var hit = Assert.Single(await index.SearchAsync(null, "en", "reverse charge", 3, CancellationToken.None));

        Assert.Equal("Use <b>reverse charge</b> for EU customers.", hit.Snippet);
    }

    [Fact]
    public void Changes_are_searchable_at_once_and_deleted_articles_are_gone()
    {
        using var index = TestIndex.InMemory();
        index.Upsert(TestIndex.Article("kor", "Small business scheme", "No VAT under 20,000 euros."));
        Assert.Equal(["kor"], index.Slugs("scheme"));

        index.Upsert(TestIndex.Article("kor", "Small business exemption", "No VAT under 20,000 euros."));
        Assert.Empty(index.Slugs("scheme"));
        Assert.Equal(["kor"], index.Slugs("exemption"));

        index.Delete("en", "kb:kor");
        Assert.Empty(index.Slugs("exemption"));
        Assert.Equal(0, index.Count("en"));
    }

    [Fact]
    public void Search_is_limited_to_the_knowledge_base_when_one_is_given()
    {
        using var index = TestIndex.InMemory();
        index.Upsert(TestIndex.Article("vat", "VAT return", "Quarterly.", knowledgeBase: "one"));
        index.Upsert(TestIndex.Article("vat-two", "VAT return", "Quarterly.", knowledgeBase: "two"));

        Assert.Equal(["vat-two"], index.Slugs("vat", knowledgeBase: "two"));
    }
}
