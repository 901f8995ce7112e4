using System.Security.Claims;
using DangBo.Web.Infrastructure.Security;
using DangBo.Web.Modules.Accounts;
using DangBo.Web.Modules.Accounts.Models;
using DangBo.Web.Modules.Content;
using Microsoft.AspNetCore.Authorization;

namespace DangBo.Web.Tests.Infrastructure.Security;

public class PermissionTests
{
    // Province 1 ("/1/") has communes 4 and 5; commune 4 has cell 17.
    private static readonly UnitScope Province = new(1, "/1/");
    private static readonly UnitScope CommuneMinhSon = new(4, "/1/4/");
    private static readonly UnitScope CommuneAnPhu = new(5, "/1/5/");
    private static readonly UnitScope CellDongHung = new(17, "/1/4/17/");
    private static readonly UnitScope UnitTwelve = new(12, "/12/");

    private static ClaimsPrincipal Person(params (UnitScope Unit, StaffRole Role)[] roles) =>
        new(new ClaimsIdentity(
            roles.Select(r => new Claim(UnitClaims.UnitRole, UnitClaims.Format(r.Unit.UnitId, r.Unit.UnitPath, r.Role))),
            authenticationType: "test"));

    [Fact]
    public void Administrator_OfAParentUnit_CoversEveryUnitBelowIt()
    {
        var admin = Person((Province, StaffRole.Administrator));
        Assert.True(admin.Has(WorkflowPermissions.Edit, CommuneMinhSon));
        Assert.True(admin.Has(ContentPermissions.ManageStructure, CellDongHung));
        Assert.True(admin.Has(AccountsPermissions.UseBackOffice, Province));
    }

    [Fact]
    public void Administrator_OfAUnit_DoesNotCoverAUnitWhosePathMerelyStartsWithTheSameDigits()
    {
        var admin = Person((Province, StaffRole.Administrator));
        Assert.False(admin.Has(ContentPermissions.EditArticles, UnitTwelve));
    }

    [Fact]
    public void Administrator_OfAChildUnit_DoesNotCoverItsParentOrSiblings()
    {
        var admin = Person((CommuneMinhSon, StaffRole.Administrator));
        Assert.True(admin.Has(ContentPermissions.EditArticles, CellDongHung));
        Assert.False(admin.Has(ContentPermissions.EditArticles, Province));
        Assert.False(admin.Has(ContentPermissions.EditArticles, CommuneAnPhu));
    }

    [Fact]
    public void Editor_OfOneUnit_DoesNotCoverAnotherUnit()
    {
        var editor = Person((CommuneMinhSon, StaffRole.Editor));
        Assert.True(editor.Has(WorkflowPermissions.Edit, CommuneMinhSon));
        Assert.False(editor.Has(WorkflowPermissions.Edit, CommuneAnPhu));
        Assert.False(editor.Has(ContentPermissions.EditArticles, Province));
    }

    [Fact]
    public void Editor_OfAParentUnit_DoesNotCoverItsChildUnits()
    {
        // Only administrators reach down the tree; editorial roles are for their own unit.
        var editor = Person((Province, StaffRole.EditorInChief));
        Assert.False(editor.Has(WorkflowPermissions.Edit, CommuneMinhSon));
    }

    [Fact]
    public void Contributor_CanWriteButNotPublishOrManageStructure()
    {
        var contributor = Person((Province, StaffRole.Contributor));
        Assert.True(contributor.Has(ContentPermissions.EditArticles, Province));
        Assert.False(contributor.Has(WorkflowPermissions.Edit, Province));
        Assert.False(contributor.Has(ContentPermissions.ManageStructure, Province));
    }

    [Fact]
    public void Editor_CannotManageStructureButEditorInChiefCan()
    {
        Assert.False(Person((Province, StaffRole.Editor)).Has(ContentPermissions.ManageStructure, Province));
        Assert.True(Person((Province, StaffRole.EditorInChief)).Has(ContentPermissions.ManageStructure, Province));
    }

    [Fact]
    public void RolesInSeveralUnits_EachCountsInItsOwnUnit()
    {
        var person = Person((CommuneMinhSon, StaffRole.Contributor), (CommuneAnPhu, StaffRole.Editor));
        Assert.False(person.Has(WorkflowPermissions.Edit, CommuneMinhSon));
        Assert.True(person.Has(WorkflowPermissions.Edit, CommuneAnPhu));
    }

    [Fact]
    public void Has_WithoutScope_AsksWhetherThePersonHoldsThePermissionAnywhere()
    {
        Assert.True(Person((CommuneAnPhu, StaffRole.Editor)).Has(WorkflowPermissions.Edit));
        Assert.False(Person((CommuneAnPhu, StaffRole.Contributor)).Has(WorkflowPermissions.Edit));
        Assert.False(new ClaimsPrincipal(new ClaimsIdentity()).Has(ContentPermissions.EditArticles));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1|/1/")]
    [InlineData("x|/1/|Administrator")]
    [InlineData("1|/1/|Emperor")]
    public void UnitRoles_MalformedClaim_GrantsNothing(string value)
    {
        var person = new ClaimsPrincipal(new ClaimsIdentity([new Claim(UnitClaims.UnitRole, value)], "test"));
        Assert.Empty(person.UnitRoles());
        Assert.False(person.Has(ContentPermissions.EditArticles, Province));
    }

    [Fact]
    public void UnitsWith_ListsTheUnitsAndWhetherTheyIncludeUnitsBelow()
    {
        var person = Person((Province, StaffRole.Contributor), (CommuneMinhSon, StaffRole.Administrator), (CommuneAnPhu, StaffRole.Editor));
        Assert.Equal(
            [(4, "/1/4/", true), (5, "/1/5/", false)],
            person.UnitsWith(WorkflowPermissions.Edit));
    }

    [Fact]
    public void RolesIn_GivesTheRolesHeldInThatUnitAndAnAncestorsAdministrator()
    {
        var person = Person((Province, StaffRole.Administrator), (CommuneMinhSon, StaffRole.Contributor), (CommuneAnPhu, StaffRole.Editor));
        Assert.Equal([StaffRole.Administrator, StaffRole.Contributor], person.RolesIn(CommuneMinhSon).Order());
        Assert.Equal([StaffRole.Administrator], person.RolesIn(Province));
        Assert.Equal([StaffRole.Editor], Person((CommuneAnPhu, StaffRole.Editor)).RolesIn(CommuneAnPhu));
        Assert.Empty(Person((CommuneAnPhu, StaffRole.Editor)).RolesIn(CommuneMinhSon));
    }

    [Fact]
    public void IsGrantedTo_AdministratorHoldsEveryPermission()
    {
        foreach (var permission in ContentPermissions.All.Concat(AccountsPermissions.All))
        {
            Assert.True(permission.IsGrantedTo(StaffRole.Administrator), permission.Name);
        }
        Assert.False(WorkflowPermissions.Edit.IsGrantedTo(StaffRole.Contributor));
    }

    [Fact]
    public async Task PermissionHandler_SucceedsOnlyForASignedInPersonHoldingThePermissionInTheResourceUnit()
    {
        var requirement = new PermissionRequirement(WorkflowPermissions.Edit);
        var handler = new PermissionHandler();

        async Task<bool> Check(ClaimsPrincipal user, object? resource)
        {
            var context = new AuthorizationHandlerContext([requirement], user, resource);
            await handler.HandleAsync(context);
            return context.HasSucceeded;
        }

        var editor = Person((CommuneMinhSon, StaffRole.Editor));
        Assert.True(await Check(editor, CommuneMinhSon));
        Assert.False(await Check(editor, CommuneAnPhu));
        Assert.False(await Check(Person((CommuneMinhSon, StaffRole.Contributor)), CommuneMinhSon));
        var notSignedIn = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(UnitClaims.UnitRole, UnitClaims.Format(4, "/1/4/", StaffRole.Editor))]));
        Assert.False(await Check(notSignedIn, CommuneMinhSon));
    }
}
