using DangBo.Web.Modules.Content.Services;

namespace DangBo.Web.Modules.Shared;

/// <summary>Model of the _StoryList partial: a list of articles, with or without thumbnails and leads.</summary>
public sealed record StoryListView(IReadOnlyList<ArticleCard> Items, bool Thumbnails = true, bool Leads = true, int HeadingLevel = 3);

/// <summary>Model of the _Pager partial; <paramref name="Url"/> gives the address of a page number.</summary>
public sealed record PagerView(int Page, int TotalPages, Func<int, string> Url);
