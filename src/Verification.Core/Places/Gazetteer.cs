using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Verification.Places;

/// <summary>A list of known places that resolves a bare name ("al-Jadida") to its full path
/// ("al-Jadida, West Mosul, Mosul, Nineveh, Iraq").</summary>
/// <remarks>
/// <para>Each known place is indexed by the comparison key of its most specific name (<see cref="Place.Name"/>)
/// under <see cref="Names"/>, so a name resolves through aliases, case and accents: "Mawsil", "al-Mawsil" and
/// "MOSUL" all resolve to "Mosul, Nineveh, Iraq". One name resolves to one place: adding a second place with the
/// same most specific name replaces the first.</para>
/// <para><see cref="Complete"/> extends a place a claim states ("Mosul, Iraq") to the gazetteer's longer path
/// ("Mosul, Nineveh, Iraq") only when the two agree (<see cref="Place.RelationTo"/> is
/// <see cref="PlaceRelation.Same"/>); a place that names a different context ("Jadida, Baghdad" when the gazetteer
/// knows the Jadida in Mosul) is left as it is. Completing places before comparing them lets relations be found
/// that the written paths alone do not show: "West Mosul" alone is unrelated to "Mosul", but its completed path
/// lies within it.</para>
/// <para>A gazetteer is immutable and safe to share between threads; <see cref="With"/> returns an extended copy.</para>
/// </remarks>
public sealed class Gazetteer
{
    private readonly FrozenDictionary<string, Place> _places;

    private Gazetteer(PlaceNameTable names, IEnumerable<KeyValuePair<string, Place>> places)
    {
        Names = names;
        _places = places.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>A gazetteer built in one step, for large generated place lists (<see cref="With"/> copies the gazetteer
    /// on every call). A later place with the same name key replaces an earlier one, as with <see cref="With"/>.</summary>
    /// <param name="names">The alias table the places' names are keyed by.</param>
    /// <param name="places">The places.</param>
    /// <returns>The gazetteer.</returns>
    public static Gazetteer Create(PlaceNameTable names, IEnumerable<Place> places)
    {
        var byKey = new Dictionary<string, Place>(StringComparer.Ordinal);
        foreach (var listed in places)
        {
            var place = listed.Exactly();
            byKey[names.KeyOf(place.Name)] = place;
        }

        return new(names, byKey);
    }

    /// <summary>A gazetteer that knows no places; it compares names through <see cref="PlaceNameTable.Default"/>.</summary>
    public static Gazetteer Empty { get; } = new(PlaceNameTable.Default, []);

    /// <summary>The places of the bundled Mosul example and the region around it, compared through
    /// <see cref="PlaceNameTable.Default"/>.</summary>
    /// <remarks>Iraq and Syria; Nineveh with Mosul, West Mosul, East Mosul, al-Jadida (in West Mosul), Hamam al-Alil,
    /// Tal Afar, Qayyarah and Bartella; Baghdad, Erbil, Kirkuk, Anbar with Ramadi and Fallujah in Iraq; Raqqa, Aleppo
    /// and Deir ez-Zor in Syria.</remarks>
    public static Gazetteer Default { get; } = Empty
        .With(Place.Parse("Iraq"))
        .With(Place.Parse("Syria"))
        .With(Place.Parse("Nineveh, Iraq"))
        .With(Place.Parse("Mosul, Nineveh, Iraq"))
        .With(Place.Parse("West Mosul, Mosul, Nineveh, Iraq"))
        .With(Place.Parse("East Mosul, Mosul, Nineveh, Iraq"))
        .With(Place.Parse("al-Jadida, West Mosul, Mosul, Nineveh, Iraq"))
        .With(Place.Parse("Hamam al-Alil, Nineveh, Iraq"))
        .With(Place.Parse("Tal Afar, Nineveh, Iraq"))
        .With(Place.Parse("Qayyarah, Nineveh, Iraq"))
        .With(Place.Parse("Bartella, Nineveh, Iraq"))
        .With(Place.Parse("Baghdad, Iraq"))
        .With(Place.Parse("Erbil, Iraq"))
        .With(Place.Parse("Kirkuk, Iraq"))
        .With(Place.Parse("Anbar, Iraq"))
        .With(Place.Parse("Ramadi, Anbar, Iraq"))
        .With(Place.Parse("Fallujah, Anbar, Iraq"))
        .With(Place.Parse("Raqqa, Syria"))
        .With(Place.Parse("Aleppo, Syria"))
        .With(Place.Parse("Deir ez-Zor, Syria"));

    /// <summary>The alias table names are resolved and compared through.</summary>
    public PlaceNameTable Names { get; }

    /// <summary>How many places the gazetteer knows.</summary>
    public int Count => _places.Count;

    /// <summary>The places the gazetteer knows, in no particular order.</summary>
    public IEnumerable<Place> Places => _places.Values;

    /// <summary>A copy that also knows <paramref name="place"/>, indexed by the key of its most specific name.</summary>
    /// <param name="place">The place, with its full path ("Hamam al-Alil, Nineveh, Iraq"). A gazetteer lists places by
    /// their names: a most specific name that reads as an approximation ("Greater Manchester") is taken whole, as the
    /// place's name.</param>
    /// <returns>The extended copy. A place already known under the same name key is replaced.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="place"/> is null.</exception>
    public Gazetteer With(Place place)
    {
        ArgumentNullException.ThrowIfNull(place);
        place = place.Exactly();
        var copy = _places.ToDictionary(StringComparer.Ordinal);
        copy[Names.KeyOf(place.Name)] = place;
        return new(Names, copy);
    }

    /// <summary>A copy that resolves and compares names through <paramref name="names"/> instead, with the same places
    /// re-indexed under it.</summary>
    /// <param name="names">The alias table.</param>
    /// <returns>The copy. Places whose names now share a key replace one another, the last in <see cref="Places"/> order winning.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="names"/> is null.</exception>
    public Gazetteer WithNames(PlaceNameTable names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var copy = new Dictionary<string, Place>(StringComparer.Ordinal);
        foreach (var place in _places.Values)
        {
            copy[names.KeyOf(place.Name)] = place;
        }

        return new(names, copy);
    }

    /// <summary>Resolves a bare place name to the full path the gazetteer knows for it.</summary>
    /// <param name="name">One name ("Mawsil", "al-Jadida"), compared through <see cref="Names"/>. A comma-separated
    /// path is not a name and resolves to nothing; use <see cref="Complete"/> for paths.</param>
    /// <param name="place">The known place, when the name resolves; else null.</param>
    /// <returns>Whether the name is known.</returns>
    public bool TryResolve(string? name, [NotNullWhen(true)] out Place? place)
    {
        place = null;
        return !string.IsNullOrWhiteSpace(name) && _places.TryGetValue(Names.KeyOf(name), out place);
    }

    /// <summary>The gazetteer's path for <paramref name="place"/> when it knows a longer one that agrees with it; else
    /// <paramref name="place"/> unchanged.</summary>
    /// <param name="place">A place as a claim states it ("Mosul, Iraq", "West Mosul", "Mosul area").</param>
    /// <returns>The known place when its most specific name is known, the known path is the
    /// <see cref="PlaceRelation.Same"/> place under <see cref="Names"/>, and it has more names; otherwise
    /// <paramref name="place"/> itself. The result is then always the same place as <paramref name="place"/>, with at
    /// least as many names, possibly spelled as the gazetteer spells them, and approximate as <paramref name="place"/> is
    /// (<see cref="Place.IsApproximate"/>), with its wording.</returns>
    /// <remarks>The most specific name is first read with what the gazetteer knows (see <see cref="Place"/>): a name
    /// read as an approximation that the gazetteer knows whole, as a place or an alias, is that place ("Greater
    /// Manchester", if listed); and "X area" or "X region" that it does not know whole is X, approximately, when it
    /// knows X as a place ("Mosul area" is Mosul, approximately; "Kharkiv region", listed as the oblast, stays the
    /// oblast). A name read as a described area (<see cref="Place.IsDescribedArea"/>) that the gazetteer knows whole is
    /// that place ("Northern Territory", if listed); otherwise the place the area belongs to is completed ("northern
    /// part, West Mosul" becomes "northern part, West Mosul, Mosul, Nineveh, Iraq"), the area kept.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="place"/> is null.</exception>
    public Place Complete(Place place)
    {
        ArgumentNullException.ThrowIfNull(place);
        var read = Read(place);
        if (read.IsDescribedArea)
        {
            // An area of a place no list bounds: the place it belongs to is completed instead.
            var parent = Place.Of(read.Parts.Skip(1));
            var completed = Complete(parent);
            return completed.Parts.Count > parent.Parts.Count && !completed.IsApproximate && !completed.IsDescribedArea
                ? read.Within(completed)
                : read;
        }

        return _places.TryGetValue(Names.KeyOf(read.Name), out var known)
            && known.Parts.Count > read.Parts.Count
            && read.RelationTo(known, Names) == PlaceRelation.Same
            ? known.ApproximateAs(read)
            : read;
    }

    // The place with its most specific name read through what the gazetteer knows (see Complete).
    private Place Read(Place place)
    {
        if (place.IsApproximate || place.IsDescribedArea)
        {
            return Knows(place.WrittenName) ? place.Exactly() : place;
        }

        return !Knows(place.Name)
            && PlaceApproximation.TryReadArea(place.Name, out var name, out var after)
            && _places.ContainsKey(Names.KeyOf(name))
            ? place.Approximately(name, string.Empty, after)
            : place;
    }

    // Whether the name is a known place's or an alias in the table.
    private bool Knows(string name)
    {
        var normalized = PlaceNames.Normalize(name);
        return Names.Contains(normalized) || _places.ContainsKey(Names.KeyOfNormalized(normalized));
    }
}
