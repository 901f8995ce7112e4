namespace DangBo.Web.Modules.Demo.Artwork;

public readonly record struct Rgb(float R, float G, float B)
{
    public static Rgb Hex(uint value) => new((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF);

    public static Rgb Lerp(Rgb a, Rgb b, float t) => new(a.R + (b.R - a.R) * t, a.G + (b.G - a.G) * t, a.B + (b.B - a.B) * t);
}

/// <summary>Background gradient from <see cref="From"/> to <see cref="To"/>; shapes in <see cref="Accent"/> and <see cref="Light"/>.</summary>
public sealed record Palette(Rgb From, Rgb To, Rgb Accent, Rgb Light)
{
    public static Palette Of(uint from, uint to, uint accent, uint light) => new(Rgb.Hex(from), Rgb.Hex(to), Rgb.Hex(accent), Rgb.Hex(light));
}

public enum CoverStyle
{
    /// <summary>A rising sun of rings around a star, with diagonal rays.</summary>
    Dawn,
    /// <summary>Parallel diagonal bands like a waving flag.</summary>
    Waves,
    /// <summary>A grid of dots fading across the image: the digital one.</summary>
    Grid,
}

/// <summary>
/// Abstract, generated artwork for the demo: article and topic covers, and portrait placeholders for leaders
/// (geometric, never a face). Shapes are signed-distance fields, so edges are anti-aliased at no extra cost.
/// </summary>
public static class DemoArtwork
{
    public const int CoverWidth = 960;
    public const int CoverHeight = 540;
    public const int PortraitWidth = 300;
    public const int PortraitHeight = 400;

    public static byte[] Cover(Palette palette, CoverStyle style) => PngEncoder.EncodeRgb(CoverWidth, CoverHeight, RenderCover(palette, style));

    /// <summary>Raw RGB pixels of a cover.</summary>
    public static byte[] RenderCover(Palette palette, CoverStyle style)
    {
        var canvas = new Canvas(CoverWidth, CoverHeight);
        float w = CoverWidth, h = CoverHeight;
        switch (style)
        {
            case CoverStyle.Dawn:
                canvas.Gradient(palette.From, palette.To, angleDegrees: 20);
                canvas.Circle(0.76f * w, 0.38f * h, 0.62f * h, palette.Light, 0.08f);
                canvas.Ring(0.76f * w, 0.38f * h, 0.34f * h, 3f, palette.Accent, 0.6f);
                canvas.Ring(0.76f * w, 0.38f * h, 0.45f * h, 1.5f, palette.Light, 0.3f);
                canvas.Ring(0.76f * w, 0.38f * h, 0.58f * h, 1f, palette.Light, 0.18f);
                canvas.Star(0.76f * w, 0.38f * h, 0.17f * h, palette.Accent, 0.92f);
                canvas.Band(0.1f * w, 0.95f * h, -28, 34, palette.Accent, 0.12f);
                canvas.Band(0.2f * w, 0.95f * h, -28, 12, palette.Light, 0.14f);
                canvas.Band(0.28f * w, 0.95f * h, -28, 4, palette.Accent, 0.35f);
                break;
            case CoverStyle.Waves:
                canvas.Gradient(palette.From, palette.To, angleDegrees: 160);
                for (var i = 0; i < 7; i++)
                {
                    var colour = i % 2 == 0 ? palette.Light : palette.Accent;
                    canvas.Band((0.05f + 0.14f * i) * w, 0.5f * h, 62, 10 + 6 * (i % 3), colour, 0.05f + 0.02f * (i % 4));
                }
                canvas.Circle(0.12f * w, 1.02f * h, 0.55f * h, palette.Light, 0.1f);
                canvas.Ring(0.12f * w, 1.02f * h, 0.7f * h, 2f, palette.Accent, 0.4f);
                canvas.Star(0.84f * w, 0.27f * h, 0.11f * h, palette.Accent, 0.9f);
                canvas.Ring(0.84f * w, 0.27f * h, 0.17f * h, 1.5f, palette.Light, 0.35f);
                break;
            case CoverStyle.Grid:
                canvas.Gradient(palette.From, palette.To, angleDegrees: 35);
                const float step = 36;
                for (var y = step / 2; y < h; y += step)
                {
                    for (var x = step / 2; x < w; x += step)
                    {
                        // Dots grow towards the right, as if data gathers into the emblem.
                        var weight = x / w;
                        canvas.Circle(x, y, 1.5f + 6f * weight * weight, weight > 0.6f ? palette.Accent : palette.Light, 0.12f + 0.3f * weight);
                    }
                }
                canvas.Ring(0.8f * w, 0.45f * h, 0.3f * h, 2.5f, palette.Light, 0.55f);
                canvas.Circle(0.8f * w, 0.45f * h, 0.22f * h, palette.From, 0.75f);
                canvas.Star(0.8f * w, 0.45f * h, 0.13f * h, palette.Accent, 0.95f);
                break;
        }
        canvas.Shade(fromFraction: 0.62f, strength: 0.28f);
        return canvas.ToRgb();
    }

    public static byte[] Portrait(Palette palette)
    {
        var canvas = new Canvas(PortraitWidth, PortraitHeight);
        float w = PortraitWidth, h = PortraitHeight;
        canvas.Gradient(palette.From, palette.To, angleDegrees: 100);
        canvas.Ring(0.5f * w, 0.42f * h, 0.42f * w, 1.5f, palette.Light, 0.25f);
        canvas.Ring(0.5f * w, 0.42f * h, 0.32f * w, 2f, palette.Light, 0.35f);
        canvas.Circle(0.5f * w, 0.42f * h, 0.22f * w, palette.Light, 0.18f);
        canvas.Star(0.5f * w, 0.42f * h, 0.13f * w, palette.Accent, 0.9f);
        canvas.Band(0.5f * w, 0.9f * h, 0, 0.06f * h, palette.Light, 0.12f);
        return PngEncoder.EncodeRgb(PortraitWidth, PortraitHeight, canvas.ToRgb());
    }

    private sealed class Canvas(int width, int height)
    {
        private readonly float[] _pixels = new float[width * height * 3];

        public void Gradient(Rgb from, Rgb to, float angleDegrees)
        {
            var (dx, dy) = Direction(angleDegrees);
            var min = Math.Min(0, dx * width) + Math.Min(0, dy * height);
            var max = Math.Max(0, dx * width) + Math.Max(0, dy * height);
            for (var y = 0; y < height; y++)
            {
                for (var x = 0; x < width; x++)
                {
                    var t = (dx * x + dy * y - min) / (max - min);
                    Set(x, y, Rgb.Lerp(from, to, t * t * (3 - 2 * t)));
                }
            }
        }

        public void Circle(float cx, float cy, float r, Rgb colour, float opacity) =>
            Ring(cx, cy, r / 2, r / 2, colour, opacity);

        /// <summary>Only the pixels near the ring are visited: two spans per row.</summary>
        public void Ring(float cx, float cy, float r, float halfWidth, Rgb colour, float opacity)
        {
            var outer = r + halfWidth + 1;
            var inner = Math.Max(0, r - halfWidth - 1);
            var top = Math.Max(0, (int)(cy - outer));
            var bottom = Math.Min(height - 1, (int)(cy + outer));
            for (var y = top; y <= bottom; y++)
            {
                var dy = y + 0.5f - cy;
                var dy2 = dy * dy;
                if (dy2 > outer * outer)
                {
                    continue;
                }
                var far = MathF.Sqrt(outer * outer - dy2);
                var near = dy2 < inner * inner ? MathF.Sqrt(inner * inner - dy2) : 0;
                var leftEnd = (int)MathF.Ceiling(cx - near);
                var rightStart = (int)MathF.Floor(cx + near);
                if (leftEnd + 1 >= rightStart)
                {
                    // The hole does not reach this row: one span, so no pixel is blended twice.
                    RingSpan(y, (int)MathF.Floor(cx - far), (int)MathF.Ceiling(cx + far), cx, dy2, r, halfWidth, colour, opacity);
                }
                else
                {
                    RingSpan(y, (int)MathF.Floor(cx - far), leftEnd, cx, dy2, r, halfWidth, colour, opacity);
                    RingSpan(y, rightStart, (int)MathF.Ceiling(cx + far), cx, dy2, r, halfWidth, colour, opacity);
                }
            }
        }

        private void RingSpan(int y, int from, int to, float cx, float dy2, float r, float halfWidth, Rgb colour, float opacity)
        {
            var left = Math.Max(0, from);
            var right = Math.Min(width - 1, to);
            for (var x = left; x <= right; x++)
            {
                var dx = x + 0.5f - cx;
                Blend(x, y, Math.Abs(MathF.Sqrt(dx * dx + dy2) - r) - halfWidth, colour, opacity);
            }
        }

        /// <summary>An infinite straight band through (px, py) at the given angle; the distance is linear along a row, so each row is one span.</summary>
        public void Band(float px, float py, float angleDegrees, float halfWidth, Rgb colour, float opacity)
        {
            var (dx, dy) = Direction(angleDegrees);
            for (var y = 0; y < height; y++)
            {
                // distance(x) = (y - py)·dx - (x - px)·dy
                var offset = (y + 0.5f - py) * dx + px * dy;
                int left = 0, right = width - 1;
                if (Math.Abs(dy) > 1e-4f)
                {
                    var a = (offset - halfWidth - 1) / dy;
                    var b = (offset + halfWidth + 1) / dy;
                    left = Math.Max(0, (int)MathF.Floor(Math.Min(a, b)));
                    right = Math.Min(width - 1, (int)MathF.Ceiling(Math.Max(a, b)));
                }
                for (var x = left; x <= right; x++)
                {
                    Blend(x, y, Math.Abs(offset - (x + 0.5f) * dy) - halfWidth, colour, opacity);
                }
            }
        }

        /// <summary>A five-pointed star, point up (Inigo Quilez's exact star distance).</summary>
        public void Star(float cx, float cy, float r, Rgb colour, float opacity) =>
            Paint(cx - r, cy - r, cx + r, cy + r, colour, opacity, (x, y) => StarDistance(x - cx, cy - y, r, 0.5f));

        /// <summary>Darkens the lower part so that a title laid over the image stays readable.</summary>
        public void Shade(float fromFraction, float strength)
        {
            var start = (int)(height * fromFraction);
            for (var y = start; y < height; y++)
            {
                var factor = 1 - strength * (y - start) / (float)(height - start);
                var row = y * width * 3;
                for (var i = row; i < row + width * 3; i++)
                {
                    _pixels[i] *= factor;
                }
            }
        }

        public byte[] ToRgb()
        {
            var bytes = new byte[_pixels.Length];
            for (var i = 0; i < bytes.Length; i++)
            {
                bytes[i] = (byte)Math.Clamp(MathF.Round(_pixels[i]), 0, 255);
            }
            return bytes;
        }

        private void Paint(float x0, float y0, float x1, float y1, Rgb colour, float opacity, Func<float, float, float> distance)
        {
            var left = Math.Max(0, (int)MathF.Floor(x0) - 1);
            var top = Math.Max(0, (int)MathF.Floor(y0) - 1);
            var right = Math.Min(width - 1, (int)MathF.Ceiling(x1) + 1);
            var bottom = Math.Min(height - 1, (int)MathF.Ceiling(y1) + 1);
            for (var y = top; y <= bottom; y++)
            {
                for (var x = left; x <= right; x++)
                {
                    Blend(x, y, distance(x + 0.5f, y + 0.5f), colour, opacity);
                }
            }
        }

        /// <summary>Blends by the signed distance of the pixel centre: one pixel of ramp across the edge is the anti-aliasing.</summary>
        private void Blend(int x, int y, float distance, Rgb colour, float opacity)
        {
            var coverage = Math.Clamp(0.5f - distance, 0, 1);
            if (coverage <= 0)
            {
                return;
            }
            var i = (y * width + x) * 3;
            var a = coverage * opacity;
            _pixels[i] += (colour.R - _pixels[i]) * a;
            _pixels[i + 1] += (colour.G - _pixels[i + 1]) * a;
            _pixels[i + 2] += (colour.B - _pixels[i + 2]) * a;
        }

        private void Set(int x, int y, Rgb c)
        {
            var i = (y * width + x) * 3;
            _pixels[i] = c.R;
            _pixels[i + 1] = c.G;
            _pixels[i + 2] = c.B;
        }
    }

    private static (float Dx, float Dy) Direction(float angleDegrees)
    {
        var radians = angleDegrees * MathF.PI / 180;
        return (MathF.Cos(radians), MathF.Sin(radians));
    }

    private static float Length(float x, float y) => MathF.Sqrt(x * x + y * y);

    /// <summary>Signed distance to a star of outer radius <paramref name="r"/>, y pointing up; <paramref name="rf"/> shapes the inner corners.</summary>
    private static float StarDistance(float px, float py, float r, float rf)
    {
        const float k1x = 0.809016994375f, k1y = -0.587785252292f;
        const float k2x = -k1x, k2y = k1y;
        px = Math.Abs(px);
        var d1 = 2 * Math.Max(k1x * px + k1y * py, 0);
        px -= d1 * k1x;
        py -= d1 * k1y;
        var d2 = 2 * Math.Max(k2x * px + k2y * py, 0);
        px -= d2 * k2x;
        py -= d2 * k2y;
        px = Math.Abs(px);
        py -= r;
        float bax = rf * -k1y, bay = rf * k1x - 1;
        var t = Math.Clamp((px * bax + py * bay) / (bax * bax + bay * bay), 0, r);
        return Length(px - bax * t, py - bay * t) * Math.Sign(py * bax - px * bay);
    }
}
