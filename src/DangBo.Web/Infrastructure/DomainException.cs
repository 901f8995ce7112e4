namespace DangBo.Web.Infrastructure;

/// <summary>A broken domain rule; the message is Vietnamese and safe to show to the user.</summary>
public class DomainException(string message) : Exception(message);
