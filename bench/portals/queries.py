#!/usr/bin/env python3
"""The SQL a portal home page and article page run (as EF Core spells it, captured from the app's command log), timed
directly in SQLite on each dataset, with each query's plan. Less sensitive to a loaded machine than wrk: it shows
whether any query grows with the size of the tree.

Usage: queries.py path/to/dangbo.db [more.db ...]    Prints a markdown table (median of 25 runs, in ms) and the plans.
"""
import sqlite3
import statistics
import sys
import time
from datetime import datetime, timezone

CARDS = """SELECT a0.Id, a0.Title, a0.Slug, c.Slug, c.Name, a0.Lead, a0.CoverImagePath, a0.CoverImageCaption, a0.PublishedAt FROM (
  SELECT a.Id, a.CategoryId, a.CoverImageCaption, a.CoverImagePath, a.Lead, a.PublishedAt, a.Slug, a.Title FROM Articles AS a
  WHERE a.PortalId = :portal AND a.Status = 50 AND a.PublishedAt IS NOT NULL AND a.PublishedAt <= :now {extra}
  ORDER BY a.PublishedAt DESC, a.Id DESC LIMIT :n) AS a0
INNER JOIN Categories AS c ON a0.CategoryId = c.Id ORDER BY a0.PublishedAt DESC, a0.Id DESC"""

CARRIED = """SELECT s.Id0, s.Title, s.Slug, c.Slug, c.Name, s.Lead, s.CoverImagePath, s.CoverImageCaption, s.PublishedAt,
  (SELECT p.Name FROM Portals AS p WHERE p.Id = s.PortalId0 LIMIT 1) FROM (
  SELECT a0.Id AS Id0, a0.CategoryId, a0.CoverImageCaption, a0.CoverImagePath, a0.Lead, a0.PortalId AS PortalId0, a0.PublishedAt, a0.Slug, a0.Title
  FROM ArticleShares AS a INNER JOIN Articles AS a0 ON a.ArticleId = a0.Id
  WHERE a.PortalId = :portal AND a.Status = 2 AND a0.Status = 50 AND a0.PublishedAt IS NOT NULL AND a0.PublishedAt <= :now
  ORDER BY a0.PublishedAt DESC, a0.Id DESC LIMIT :n) AS s
INNER JOIN Categories AS c ON s.CategoryId = c.Id ORDER BY s.PublishedAt DESC, s.Id0 DESC"""

BELOW_ROOT = """SELECT a0.PortalId, a0.Id, a0.Title, a0.Slug, c.Slug, c.Name, a0.Lead, a0.CoverImagePath, a0.CoverImageCaption, a0.PublishedAt FROM (
  SELECT a.Id, a.CategoryId, a.CoverImageCaption, a.CoverImagePath, a.Lead, a.PortalId, a.PublishedAt, a.Slug, a.Title FROM Articles AS a
  WHERE a.Status = 50 AND a.PublishedAt IS NOT NULL AND a.PublishedAt <= :now AND a.PortalId <> :portal
  ORDER BY a.PublishedAt DESC, a.Id DESC LIMIT :n) AS a0
INNER JOIN Categories AS c ON a0.CategoryId = c.Id ORDER BY a0.PublishedAt DESC, a0.Id DESC"""

ARTICLE = """SELECT a.Id, a.Title, a.Slug, a.CategoryId, c.Slug, c.Name, a.Lead, a.BodyHtml FROM Articles AS a
INNER JOIN Categories AS c ON a.CategoryId = c.Id
WHERE a.PortalId = :portal AND a.Status = 50 AND a.PublishedAt IS NOT NULL AND a.PublishedAt <= :now AND a.Slug = :slug LIMIT 1"""

CARRIED_ARTICLE = """SELECT a0.Id, a0.Title, a0.Slug, a0.CategoryId, c.Slug, c.Name, a0.Lead, a0.BodyHtml,
  (SELECT p.Name FROM Portals AS p WHERE p.Id = a0.PortalId LIMIT 1)
FROM ArticleShares AS a INNER JOIN Articles AS a0 ON a.ArticleId = a0.Id INNER JOIN Categories AS c ON a0.CategoryId = c.Id
WHERE a.PortalId = :portal AND a.Status = 2 AND a0.Status = 50 AND a0.PublishedAt IS NOT NULL AND a0.PublishedAt <= :now
  AND a0.Slug = :slug ORDER BY a0.PublishedAt DESC LIMIT 1"""


def queries(db, now):
    root = db.execute("SELECT Id FROM Portals WHERE IsRoot = 1").fetchone()[0]
    sub = db.execute("SELECT Id FROM Portals WHERE IsRoot = 0 ORDER BY Id LIMIT 1").fetchone()[0]
    root_cat = db.execute("SELECT CategoryId FROM HomeBlocks WHERE PortalId = ? AND Kind = 3 ORDER BY SortOrder LIMIT 1", (root,)).fetchone()[0]
    sub_cat = db.execute("SELECT CategoryId FROM HomeBlocks WHERE PortalId = ? AND Kind = 3 ORDER BY SortOrder LIMIT 1", (sub,)).fetchone()[0]
    own = db.execute("SELECT Slug FROM Articles WHERE PortalId = ? AND Status = 50 ORDER BY PublishedAt DESC LIMIT 1 OFFSET 100", (sub,)).fetchone()[0]
    carried = db.execute("SELECT a.Slug FROM ArticleShares s JOIN Articles a ON a.Id = s.ArticleId WHERE s.PortalId = ? AND s.Status = 2"
                         " ORDER BY a.PublishedAt DESC LIMIT 1 OFFSET 10", (sub,)).fetchone()[0]
    return [
        ("root: featured (5)", CARDS.format(extra="AND a.IsFeatured"), dict(portal=root, now=now, n=5)),
        ("root: latest own (8)", CARDS.format(extra=""), dict(portal=root, now=now, n=8)),
        ("root: carried, accepted from below (8)", CARRIED, dict(portal=root, now=now, n=8)),
        ("root: news of the units (8)", BELOW_ROOT, dict(portal=root, now=now, n=8)),
        ("root: one category block (4)", CARDS.format(extra="AND a.CategoryId = :cat"), dict(portal=root, now=now, n=4, cat=root_cat)),
        ("sub-portal: featured (3)", CARDS.format(extra="AND a.IsFeatured"), dict(portal=sub, now=now, n=3)),
        ("sub-portal: latest own (8)", CARDS.format(extra=""), dict(portal=sub, now=now, n=8)),
        ("sub-portal: carried, pushed from above (8)", CARRIED, dict(portal=sub, now=now, n=8)),
        ("sub-portal: one category block (4)", CARDS.format(extra="AND a.CategoryId = :cat"), dict(portal=sub, now=now, n=4, cat=sub_cat)),
        ("sub-portal: own article by slug", ARTICLE, dict(portal=sub, now=now, slug=own)),
        ("sub-portal: carried article by slug (own miss first)", CARRIED_ARTICLE, dict(portal=sub, now=now, slug=carried)),
    ]


def measure(path):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S")
    out = {}
    for name, sql, params in queries(db, now):
        db.execute(sql, params).fetchall()  # warm the page cache
        times = []
        for _ in range(25):
            start = time.perf_counter()
            db.execute(sql, params).fetchall()
            times.append((time.perf_counter() - start) * 1000)
        plan = "; ".join(row[3] for row in db.execute("EXPLAIN QUERY PLAN " + sql, params))
        out[name] = (statistics.median(times), plan)
    return out


def main():
    paths = sys.argv[1:]
    results = [measure(p) for p in paths]
    labels = [p.rstrip("/").split("/")[-2] if p.endswith(".db") else p for p in paths]
    print("| query | " + " | ".join(f"{l} (ms)" for l in labels) + " |")
    print("|---|" + "---:|" * len(paths))
    for name in results[0]:
        print(f"| {name} | " + " | ".join(f"{r[name][0]:.2f}" for r in results) + " |")
    print()
    for name in results[0]:
        plans = {r[name][1] for r in results}
        print(f"- {name}: " + " / ".join(f"`{p}`" for p in plans))


if __name__ == "__main__":
    main()
