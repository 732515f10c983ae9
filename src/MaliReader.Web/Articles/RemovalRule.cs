namespace MaliReader.Web.Articles;

/// <summary>Why the cleaner removed a fragment. Serialised in kebab case ("share-prompt").</summary>
public enum RemovalRule
{
    CommercialSpam,
    SharePrompt,
    FollowPrompt,
    ReadMorePromotion,
    NewsletterPrompt,
    EmptyDateline,
    LinkStub,
    AdSlotLabel,
}

public static class RemovalRuleText
{
    /// <summary>The rule's name as the API gives it: "share-prompt".</summary>
    public static string Name(this RemovalRule rule) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(rule.ToString());

    /// <summary>Why the rule removes what it removes, for readers.</summary>
    public static string Explanation(this RemovalRule rule) => rule switch
    {
        RemovalRule.CommercialSpam => "advertising for followers, likes, SMM panels, gambling, pills or loans",
        RemovalRule.SharePrompt => "a prompt to share the article",
        RemovalRule.FollowPrompt => "a prompt to follow the publisher elsewhere",
        RemovalRule.ReadMorePromotion => "a promotion of another article",
        RemovalRule.NewsletterPrompt => "a newsletter sign-up prompt",
        RemovalRule.EmptyDateline => "a dateline without its date",
        RemovalRule.LinkStub => "a stub left by a link that is not here",
        RemovalRule.AdSlotLabel => "the label of an advertising slot",
        _ => rule.Name(),
    };
}
