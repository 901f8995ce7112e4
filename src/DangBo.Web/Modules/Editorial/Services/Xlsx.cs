using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DangBo.Web.Modules.Editorial.Services;

/// <summary>Plain workbooks for the editorial reports: rows of text and numbers, one sheet per table.</summary>
public static class Xlsx
{
    public static byte[] Create(Action<WorkbookPart> addSheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            addSheets(workbook);
        }
        return stream.ToArray();
    }

    /// <summary>Numbers become number cells (so they add up in a spreadsheet), everything else inline text.</summary>
    public static void AddSheet(WorkbookPart workbook, string name, IEnumerable<object?[]> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        uint rowIndex = 0;
        foreach (var values in rows)
        {
            var row = new Row { RowIndex = ++rowIndex };
            for (var i = 0; i < values.Length; i++)
            {
                var reference = ColumnName(i) + rowIndex;
                row.Append(values[i] switch
                {
                    null => new Cell { CellReference = reference },
                    int or long or double => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(Convert.ToDecimal(values[i], System.Globalization.CultureInfo.InvariantCulture)) },
                    var text => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text.ToString()!)) },
                });
            }
            data.Append(row);
        }
        part.Worksheet = new Worksheet(data);
        var sheets = workbook.Workbook.GetFirstChild<Sheets>()!;
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)sheets.Count() + 1, Name = name });
    }

    private static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : "A" + (char)('A' + index - 26);
}
