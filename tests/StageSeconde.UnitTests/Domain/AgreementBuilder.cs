using StageSeconde.Web.Domain;

namespace StageSeconde.UnitTests.Domain;

/// <summary>Builds a convention and drives it, through its public methods only, to the state a test needs.</summary>
internal sealed class AgreementBuilder
{
    private Student _student = Some.Student();
    private HostOrganisation _host = Some.Host();
    private AgreementTerms _terms = Some.Terms();
    private int _id = 101;

    public static AgreementBuilder AnAgreement() => new();

    public Student Student => _student;
    public HostOrganisation Host => _host;

    public AgreementBuilder For(Student student) { _student = student; return this; }
    public AgreementBuilder At(HostOrganisation host) { _host = host; return this; }
    public AgreementBuilder With(AgreementTerms terms) { _terms = terms; return this; }
    public AgreementBuilder WithId(int id) { _id = id; return this; }

    public Agreement Build()
    {
        var agreement = Agreement.Draft(Some.Year(), _student, _host, Some.TutorOf(_host), _terms, Some.Secretary, Some.Now);
        agreement.Id = _id;
        return agreement;
    }

    public Agreement In(AgreementState state)
    {
        var agreement = Build();
        var facts = Some.FactsFor(agreement, _student);
        switch (state)
        {
            case AgreementState.Draft:
                break;
            case AgreementState.Submitted:
                agreement.Submit(facts, Some.Secretary, Some.Now);
                break;
            case AgreementState.Refused:
                agreement.Submit(facts, Some.Secretary, Some.Now);
                agreement.Refuse("Horaires à revoir.", Some.Head, Some.Now);
                break;
            case AgreementState.Validated:
                Validate(agreement, facts);
                break;
            case AgreementState.InSignature:
                Validate(agreement, facts);
                agreement.StartSignature(Some.Secretary, Some.Now);
                break;
            case AgreementState.Signed:
                Validate(agreement, facts);
                SignByAll(agreement);
                break;
            case AgreementState.Completed:
                Validate(agreement, facts);
                SignByAll(agreement);
                agreement.Complete(agreement.LastDay.AddDays(1), Some.Secretary, Some.Now);
                break;
            case AgreementState.Cancelled:
                agreement.Cancel("L'élève a trouvé une autre structure.", Some.Secretary, Some.Now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(state), state, null);
        }
        Assert.Equal(state, agreement.State);
        return agreement;
    }

    public static void SignByAll(Agreement agreement)
    {
        agreement.RecordSignature(SignatureParty.SchoolHead, Some.Today, SignatureMode.Paper, Some.Secretary, Some.Now);
        agreement.RecordSignature(SignatureParty.HostRepresentative, Some.Today, SignatureMode.Paper, Some.Secretary, Some.Now);
        agreement.RecordSignature(SignatureParty.Student, Some.Today, SignatureMode.Paper, Some.Secretary, Some.Now);
        agreement.RecordSignature(SignatureParty.Guardian, Some.Today, SignatureMode.Electronic, Some.Secretary, Some.Now, guardianId: 51);
    }

    private static void Validate(Agreement agreement, AgreementFacts facts)
    {
        agreement.Submit(facts, Some.Secretary, Some.Now);
        agreement.Validate(facts, Some.Head, Some.Now);
    }
}
