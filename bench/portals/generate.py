#!/usr/bin/env python3
"""Builds a tree of portals in a DangBo SQLite database the app has migrated WITHOUT the demo (Demo:SeedOnStart=false).

The tree has N organisation units on three levels: the province, about N/10 commune and ward committees, and party
cells under them. The province and nine communes in ten have a portal, each with categories, a menu and home
blocks (the root: featured, latest, news of the units, topics, one block per category; a sub-portal: featured,
latest, carried, one block per category). A articles (default 100,000) are published across the portals: 40% on
the root, 2,000 on the reference commune (the first one, the same size in every dataset so that its pages compare),
the rest evenly over the other sub-portals; 2% are drafts. Each published article has a search entry. Shares: 3% of the sub-portals' articles proposed up to
the province (70% accepted, 20% declined, 10% waiting), and 40 campaign articles pushed down from the province to
every sub-portal.

Usage: generate.py path/to/dangbo.db UNITS [ARTICLES]
"""
import importlib.util
import os
import random
import re
import sqlite3
import sys
from datetime import datetime, timedelta, timezone

# The Vietnamese news text of the public-page benchmark, shared rather than copied.
_spec = importlib.util.spec_from_file_location("perf_generate", os.path.join(os.path.dirname(__file__), "..", "perf", "generate.py"))
perf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(perf)
slugify, stamp, SENTENCES, AUTHORS = perf.slugify, perf.stamp, perf.SENTENCES, perf.AUTHORS

random.seed(2026)

FIRST = ["Minh", "An", "Hồng", "Tân", "Phú", "Đông", "Tây", "Nam", "Bắc", "Trung", "Hòa", "Thượng", "Hạ", "Yên",
         "Phúc", "Thanh", "Quảng", "Vĩnh", "Bình", "Xuân", "Kim", "Ngọc", "Đại", "Long", "Cẩm", "Lạc", "Mỹ", "Tiên"]
SECOND = ["Sơn", "Phú", "Lĩnh", "Lập", "Hưng", "Thịnh", "Thành", "Lợi", "Hòa", "Bình", "Lâm", "Tiến", "Thủy",
          "Xuyên", "Khê", "Đồng", "Phong", "Quang", "Cường", "Trạch", "Hà", "Yên", "Lộc", "Tân", "Dương", "Ninh"]
CELL_KINDS = ["Chi bộ thôn", "Chi bộ khu phố", "Chi bộ Trường Tiểu học", "Chi bộ Trạm Y tế", "Chi bộ Quân sự", "Chi bộ Công an"]
PROVINCE_CATEGORIES = [("Thời sự", "thoi-su"), ("Xây dựng Đảng", "xay-dung-dang"), ("Kinh tế", "kinh-te"),
                       ("Văn hóa - Xã hội", "van-hoa-xa-hoi"), ("Quốc phòng - An ninh", "quoc-phong-an-ninh"),
                       ("Bảo vệ nền tảng tư tưởng của Đảng", "bao-ve-nen-tang-tu-tuong"),
                       ("Học tập và làm theo Bác", "hoc-tap-va-lam-theo-bac")]
PROVINCE_TOPICS = [("Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030", "dai-hoi-dang-bo-tinh-nhiem-ky-2025-2030"),
                   ("Sắp xếp tổ chức bộ máy và chính quyền địa phương hai cấp", "sap-xep-to-chuc-bo-may"),
                   ("Chuyển đổi số trong các cơ quan Đảng", "chuyen-doi-so")]
COMMUNE_CATEGORIES = [("Tin tức - Sự kiện", "tin-tuc-su-kien"), ("Xây dựng Đảng", "xay-dung-dang"), ("Nông thôn mới", "nong-thon-moi")]
WARD_CATEGORIES = [("Tin hoạt động", "tin-hoat-dong"), ("Xây dựng Đảng", "xay-dung-dang"), ("Đô thị văn minh", "do-thi-van-minh")]
LOCAL_SUBJECTS = ["Ban Chấp hành Đảng bộ", "Ban Thường vụ Đảng ủy", "Ủy ban Kiểm tra Đảng ủy", "Hội Nông dân", "Đoàn Thanh niên",
                  "Hội Liên hiệp Phụ nữ", "Mặt trận Tổ quốc", "Hội Cựu chiến binh", "Ban Chỉ huy Quân sự", "Công an"]
LOCAL_ACTIONS = ["tổ chức hội nghị", "sơ kết công tác", "ra mắt mô hình dân vận khéo", "kết nạp đảng viên mới", "khánh thành công trình",
                 "đối thoại với nhân dân", "học tập chuyên đề", "phát động thi đua", "trao tặng Huy hiệu Đảng", "kiểm tra, giám sát"]
LOCAL_TOPICS = ["xây dựng nông thôn mới nâng cao", "chuyển đổi số ở khu dân cư", "giảm nghèo bền vững", "chỉnh trang đô thị",
                "an ninh trật tự ở cơ sở", "phát triển kinh tế hợp tác xã", "bảo vệ môi trường", "xây dựng đời sống văn hóa"]

ROOT_SHARE = 0.40
REFERENCE_ARTICLES = 2000
PUSHED_CAMPAIGNS = 40


def main():
    path, units = sys.argv[1], int(sys.argv[2])
    total = int(sys.argv[3]) if len(sys.argv) > 3 else 100_000
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=OFF")
    if db.execute("SELECT COUNT(*) FROM Portals").fetchone()[0]:
        sys.exit("generate.py: the database already has portals; start from an empty one (Demo:SeedOnStart=false)")
    now = datetime.now(timezone.utc).replace(microsecond=0, tzinfo=None)

    # The tree: province, communes and wards, cells.
    province = unit(db, None, "", 1, "Đảng bộ tỉnh Sơn Hà", "Tỉnh ủy Sơn Hà", "TU", "tinh-uy-son-ha", 0)
    commune_count = max(3, round(units / 10))
    names = [f"{a} {b}" for a in FIRST for b in SECOND if a != b]
    random.shuffle(names)
    communes = []
    for i in range(commune_count):
        ward = i % 4 == 1
        name = names[i]
        kind, label = (4, "phường") if ward else (3, "xã")
        slug = slugify(f"{label} {name}")
        communes.append(dict(id=unit(db, province, f"/{province}/", kind, f"Đảng bộ {label} {name}", f"Đảng ủy {label} {name}", "ĐU", slug, i + 1),
                             slug=slug, name=name, label=label, ward=ward, portal=None))
    for i in range(units - 1 - commune_count):
        commune = communes[i % commune_count]
        kind = CELL_KINDS[(i // commune_count) % len(CELL_KINDS)]
        number = i // commune_count + 1
        name = f"{kind} {number} {commune['label']} {commune['name']}"
        unit(db, commune["id"], f"/{province}/{commune['id']}/", 8, name, name, "CB", slugify(name), number)

    # Portals: the province and nine communes in ten.
    root = portal(db, province, "", True, "Cổng thông tin điện tử Đảng bộ tỉnh Sơn Hà", "Cơ quan của Đảng bộ tỉnh Sơn Hà",
                  "Ban Tuyên giáo và Dân vận Tỉnh ủy Sơn Hà", "bbt@sonha.dcs.vn")
    root_categories = furnish(db, root, PROVINCE_CATEGORIES, province=True)
    topics = []
    for i, (name, slug) in enumerate(PROVINCE_TOPICS):
        topics.append(db.execute("INSERT INTO Topics (PortalId, Name, Slug, IsActive, SortOrder) VALUES (?, ?, ?, 1, ?)",
                                 (root, name, slug, i + 1)).lastrowid)
    subs = []
    for i, commune in enumerate(communes):
        if i % 10 == 9:
            continue
        label = commune["label"]
        commune["portal"] = portal(db, commune["id"], commune["slug"], False, f"Trang thông tin điện tử Đảng bộ {label} {commune['name']}",
                                   f"Đảng bộ {label} {commune['name']}, tỉnh Sơn Hà", f"Đảng ủy {label} {commune['name']}",
                                   f"dangbo@{commune['slug'].replace('-', '')}.sonha.dcs.vn")
        commune["categories"] = furnish(db, commune["portal"], WARD_CATEGORIES if commune["ward"] else COMMUNE_CATEGORIES, province=False)
        subs.append(commune)
    db.commit()

    # Articles: the root's share, the reference commune's fixed 2,000, the rest evenly over the other sub-portals.
    root_count = int(total * ROOT_SHARE)
    others = subs[1:]
    rest = total - root_count - REFERENCE_ARTICLES
    plan = [(root, root_categories, None, root_count), (subs[0]["portal"], subs[0]["categories"], subs[0], REFERENCE_ARTICLES)]
    plan += [(c["portal"], c["categories"], c, rest // len(others) + (1 if k < rest % len(others) else 0)) for k, c in enumerate(others)]
    serial = 0
    published_below = []
    root_published = []
    for portal_id, categories, commune, count in plan:
        rows = []
        for _ in range(count):
            serial += 1
            title, lead = (province_text() if commune is None else local_text(commune))
            paragraphs = [" ".join(random.sample(SENTENCES, 4)) for _ in range(random.randint(5, 9))]
            published = now - timedelta(seconds=random.randint(600, 5 * 365 * 86400))
            status = 1 if serial % 50 == 0 else 50
            # Not a multiple of 50: those are the drafts.
            featured = 1 if status == 50 and (serial % 300 == 7 if commune is None else serial % 50 == 7) else 0
            rows.append((portal_id, random.choice(categories), title, f"{slugify(title)[:110]}-{serial}", lead,
                         "".join(f"<p>{p}</p>" for p in paragraphs), random.choice(AUTHORS),
                         "Báo Sơn Hà" if commune is None and serial % 3 == 0 else None, featured, status,
                         stamp(published) if status == 50 else None, stamp(published), stamp(published)))
        ids = insert_articles(db, rows)
        unit_of = db.execute("SELECT UnitId FROM Portals WHERE Id = ?", (portal_id,)).fetchone()[0]
        for article_id, row in zip(ids, rows):
            if row[9] == 50:
                index(db, article_id, portal_id, unit_of, row)
                (root_published if commune is None else published_below).append((article_id, portal_id, row[10]))
                if commune is None and topics and article_id % 10 == 0:
                    db.execute("INSERT INTO ArticleTopics (ArticlesId, TopicsId) VALUES (?, ?)", (article_id, random.choice(topics)))
        db.commit()

    # Content flowing up: 3% of the sub-portals' published articles proposed to the province.
    shares = []
    for article_id, _, published in random.sample(published_below, int(len(published_below) * 0.03)):
        roll = random.random()
        status = 2 if roll < 0.7 else 3 if roll < 0.9 else 1
        requested = datetime.strptime(published, "%Y-%m-%d %H:%M:%S") + timedelta(hours=random.randint(1, 48))
        decided = stamp(requested + timedelta(hours=random.randint(1, 24))) if status != 1 else None
        shares.append((article_id, root, 1, status, "Đề nghị đăng trên Cổng của Tỉnh ủy.",
                       "Nội dung chưa phù hợp với chuyên mục." if status == 3 else None, stamp(requested), decided))
    # Content flowing down: the province's campaigns carried by every sub-portal.
    for article_id, _, published in sorted(root_published, key=lambda r: r[2], reverse=True)[:PUSHED_CAMPAIGNS * 10:10]:
        for commune in subs:
            shares.append((article_id, commune["portal"], 2, 2, "Đề nghị các đơn vị đăng tải hưởng ứng đợt tuyên truyền.", None, published, published))
    db.executemany("INSERT INTO ArticleShares (ArticleId, PortalId, Direction, Status, Note, DeclineReason, RequestedAt, DecidedAt)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", shares)
    db.commit()
    db.execute("ANALYZE")
    db.commit()

    counts = {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("OrganisationUnits", "Portals", "Articles", "ArticleShares")}
    print(f"# generate.py: {counts['OrganisationUnits']} units, {counts['Portals']} portals, {counts['Articles']} articles, "
          f"{counts['ArticleShares']} shares in {path}", file=sys.stderr)


def unit(db, parent, parent_path, kind, name, short, abbreviation, slug, order):
    cur = db.execute("INSERT INTO OrganisationUnits (ParentId, Kind, Name, ShortName, Abbreviation, Slug, Path, SortOrder, ValidFrom)"
                     " VALUES (?, ?, ?, ?, ?, ?, '/', ?, '2025-07-01')", (parent, kind, name, short, abbreviation, slug, order))
    db.execute("UPDATE OrganisationUnits SET Path = ? WHERE Id = ?", (f"{parent_path or '/'}{cur.lastrowid}/", cur.lastrowid))
    return cur.lastrowid


def portal(db, unit_id, slug, is_root, name, tagline, responsible, email):
    return db.execute(
        "INSERT INTO Portals (UnitId, Name, Tagline, Slug, IsRoot, ResponsibleUnit, Email, Phone, VisitCount, ReviewSteps, OverdueHours)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, '0203 3825 168', 0, 1, 24)", (unit_id, name, tagline, slug, 1 if is_root else 0, responsible, email)).lastrowid


def furnish(db, portal_id, categories, province):
    """Categories, menu and home blocks as the demo gives a portal of that level."""
    ids = [db.execute("INSERT INTO Categories (PortalId, Name, Slug, SortOrder, IsMain) VALUES (?, ?, ?, ?, 1)",
                      (portal_id, name, slug, i + 1)).lastrowid for i, (name, slug) in enumerate(categories)]
    menu = [("Trang chủ", "/")] + [(name, "/tin-tuc/" + slug) for name, slug in categories]
    menu += [("Chuyên đề", "/chuyen-de"), ("Văn bản", "/van-ban"), ("Các đơn vị", "/don-vi")] if province else [("Văn bản", "/van-ban")]
    for i, (title, url) in enumerate(menu):
        db.execute("INSERT INTO MenuItems (PortalId, Title, Url, SortOrder) VALUES (?, ?, ?, ?)", (portal_id, title, url, i + 1))
    blocks = ([(1, "Tin nổi bật", 5), (2, "Tin mới", 8), (6, "Tin các đơn vị", 8), (4, "Chuyên đề", 4)] if province
              else [(1, "Tin nổi bật", 3), (2, "Tin mới", 8), (5, "Tin chia sẻ giữa các cấp", 5)])
    for i, (kind, title, count) in enumerate(blocks):
        db.execute("INSERT INTO HomeBlocks (PortalId, Kind, Title, ItemCount, SortOrder, IsVisible) VALUES (?, ?, ?, ?, ?, 1)",
                   (portal_id, kind, title, count, i + 1))
    for i, category in enumerate(ids):
        db.execute("INSERT INTO HomeBlocks (PortalId, Kind, CategoryId, ItemCount, SortOrder, IsVisible) VALUES (?, 3, ?, 4, ?, 1)",
                   (portal_id, category, len(blocks) + i + 1))
    return ids


def province_text():
    subject, action, topic = random.choice(perf.SUBJECTS), random.choice(perf.ACTIONS), random.choice(perf.TOPICS)
    place = random.choice(perf.PLACES)
    title = f"{subject} {action} về {topic} {random.choice(perf.PERIODS)}"
    lead = (f"({place.split(' ', 1)[1]}) - Ngày {random.randint(1, 28)}/{random.randint(1, 12)}, {subject} {action} về {topic} "
            f"tại {place}. " + random.choice(SENTENCES))
    return title, lead


def local_text(commune):
    where = f"{commune['label']} {commune['name']}"
    subject, action, topic = random.choice(LOCAL_SUBJECTS), random.choice(LOCAL_ACTIONS), random.choice(LOCAL_TOPICS)
    title = f"{subject} {where} {action} về {topic}"
    lead = f"Ngày {random.randint(1, 28)}/{random.randint(1, 12)}, {subject} {where} {action} về {topic}. " + random.choice(SENTENCES)
    return title, lead


def index(db, article_id, portal_id, unit_id, row):
    """A search entry as the app writes one, close enough for size (folded terms; no code or Telex terms), so that the
    app does not rebuild the index at start: that takes half an hour at 100,000 articles on a loaded 2-core machine."""
    category, title, slug, lead, body = row[1], row[2], row[3], row[4], row[5]
    text = body.replace("<p>", " ").replace("</p>", " ").strip()
    slug_of = db.execute("SELECT Slug FROM Categories WHERE Id = ?", (category,)).fetchone()[0]
    db.execute("INSERT INTO SearchEntries (Type, ItemId, PortalId, UnitId, CategoryId, Title, Summary, Body, Url, PublishedAt,"
               " TitleTerms, SummaryTerms, BodyTerms, CodeTerms, ExactTerms) VALUES ('article', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '')",
               (article_id, portal_id, unit_id, category, title, lead, text, f"/tin-tuc/{slug_of}/{slug}", row[10],
                terms(title), terms(lead), terms(text)))


def terms(text):
    return " ".join(re.findall(r"[a-z0-9]+", perf.fold(text).lower()))


def insert_articles(db, rows):
    ids = []
    for row in rows:
        ids.append(db.execute(
            "INSERT INTO Articles (PortalId, CategoryId, Title, Slug, Lead, BodyHtml, Author, Source, IsFeatured, Status, PublishedAt,"
            " CreatedAt, UpdatedAt, ViewCount, Version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 1)", row).lastrowid)
    return ids


if __name__ == "__main__":
    main()
