//! The vocabulary contract as types: every property the extractor writes,
//! every participant group and result status, every entity family. The
//! `rg:` local names live here and only here, so a property the contract
//! lacks is a compile error, not a typo in a string.

/// A property of the `rg:` namespace that a fact can carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Property {
    EditionOf,
    Year,
    EditionNumber,
    Date,
    RaceOf,
    Distance,
    Sex,
    Race,
    Athlete,
    FinishTime,
    Position,
    Status,
    CourseRecord,
    Nationality,
    WorksFor,
    JobTitle,
    BasedIn,
    LocatedIn,
    City,
    StartVenue,
    FinishVenue,
    Passes,
    Organizer,
    Sponsor,
    TravelPartner,
    ParticipantsFrom,
    Spectators,
    Commemorates,
    FounderOf,
    BirthYear,
    Edition,
    Count,
    Group,
    Approximate,
    Expected,
}

impl Property {
    /// Every property, in the order of the contract's table.
    pub const ALL: [Property; 35] = [
        Property::EditionOf,
        Property::Year,
        Property::EditionNumber,
        Property::Date,
        Property::RaceOf,
        Property::Distance,
        Property::Sex,
        Property::Race,
        Property::Athlete,
        Property::FinishTime,
        Property::Position,
        Property::Status,
        Property::CourseRecord,
        Property::Nationality,
        Property::WorksFor,
        Property::JobTitle,
        Property::BasedIn,
        Property::LocatedIn,
        Property::City,
        Property::StartVenue,
        Property::FinishVenue,
        Property::Passes,
        Property::Organizer,
        Property::Sponsor,
        Property::TravelPartner,
        Property::ParticipantsFrom,
        Property::Spectators,
        Property::Commemorates,
        Property::FounderOf,
        Property::BirthYear,
        Property::Edition,
        Property::Count,
        Property::Group,
        Property::Approximate,
        Property::Expected,
    ];

    /// The local name in the `rg:` namespace.
    pub fn local(self) -> &'static str {
        match self {
            Property::EditionOf => "editionOf",
            Property::Year => "year",
            Property::EditionNumber => "editionNumber",
            Property::Date => "date",
            Property::RaceOf => "raceOf",
            Property::Distance => "distance",
            Property::Sex => "sex",
            Property::Race => "race",
            Property::Athlete => "athlete",
            Property::FinishTime => "finishTime",
            Property::Position => "position",
            Property::Status => "status",
            Property::CourseRecord => "courseRecord",
            Property::Nationality => "nationality",
            Property::WorksFor => "worksFor",
            Property::JobTitle => "jobTitle",
            Property::BasedIn => "basedIn",
            Property::LocatedIn => "locatedIn",
            Property::City => "city",
            Property::StartVenue => "startVenue",
            Property::FinishVenue => "finishVenue",
            Property::Passes => "passes",
            Property::Organizer => "organizer",
            Property::Sponsor => "sponsor",
            Property::TravelPartner => "travelPartner",
            Property::ParticipantsFrom => "participantsFrom",
            Property::Spectators => "spectators",
            Property::Commemorates => "commemorates",
            Property::FounderOf => "founderOf",
            Property::BirthYear => "birthYear",
            Property::Edition => "edition",
            Property::Count => "count",
            Property::Group => "group",
            Property::Approximate => "approximate",
            Property::Expected => "expected",
        }
    }

    /// The property of a local name, if the contract has it.
    pub fn from_local(s: &str) -> Option<Property> {
        Property::ALL.into_iter().find(|p| p.local() == s)
    }
}

impl std::fmt::Display for Property {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.local())
    }
}

/// Men's or women's race (`rg:Men`, `rg:Women`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Sex {
    Men,
    Women,
}

impl Sex {
    pub fn term(self) -> &'static str {
        match self {
            Sex::Men => "Men",
            Sex::Women => "Women",
        }
    }
}

/// Who a participation count counts (`rg:group`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Group {
    AllParticipants,
    ForeignParticipants,
    WesternParticipants,
    Finishers,
}

impl Group {
    pub fn term(self) -> &'static str {
        match self {
            Group::AllParticipants => "AllParticipants",
            Group::ForeignParticipants => "ForeignParticipants",
            Group::WesternParticipants => "WesternParticipants",
            Group::Finishers => "Finishers",
        }
    }

    /// The group of a term's local name (`ForeignParticipants`).
    pub fn from_term(s: &str) -> Option<Group> {
        [
            Group::AllParticipants,
            Group::ForeignParticipants,
            Group::WesternParticipants,
            Group::Finishers,
        ]
        .into_iter()
        .find(|g| g.term() == s)
    }
}

/// A result that is not a place (`rg:status`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    DidNotFinish,
    DidNotStart,
}

impl Status {
    pub fn term(self) -> &'static str {
        match self {
            Status::DidNotFinish => "DidNotFinish",
            Status::DidNotStart => "DidNotStart",
        }
    }
}

/// Entity kinds that share keys and IRI paths: an athlete is a person, a
/// landmark and a venue are both places.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Family {
    Person,
    Place,
    Organization,
    Country,
    City,
    Series,
    Edition,
    Race,
    Result,
    Count,
}

impl Family {
    /// The first segment of the family's resource IRIs (`person/…`).
    pub fn path(self) -> &'static str {
        match self {
            Family::Person => "person",
            Family::Place => "place",
            Family::Organization => "organization",
            Family::Country => "country",
            Family::City => "city",
            Family::Series => "series",
            Family::Edition => "edition",
            Family::Race => "race",
            Family::Result => "result",
            Family::Count => "count",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_names_round_trip_and_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for p in Property::ALL {
            assert_eq!(Property::from_local(p.local()), Some(p));
            assert!(seen.insert(p.local()), "{p} twice");
        }
    }

    #[test]
    fn every_contract_property_is_in_the_ontology() {
        let ttl = include_str!("../../../ontology/racegraph.ttl");
        for p in Property::ALL {
            assert!(
                ttl.contains(&format!("rg:{} ", p.local())),
                "rg:{p} not in the ontology"
            );
        }
    }
}
