"""Text for the demo: three months of made-up history between three people.

Sam and Robin are partners who live together; Jules is Sam's old university friend,
now living in another city and a few time zones away. Everything here is plain data
so that the ``closeknit demo`` command can turn it into check-ins, shares, responses,
ratings and appreciations without this module knowing anything about the models.

Each list is in rough chronological order; the demo command spreads each list, in
order, over about thirteen weeks (week 0 to week 12), so the stories unfold as written:
Robin's father falls ill and then recovers, Sam dreads a job, finds a new one and
settles in, the two of them argue about chores and make up, and plan a trip to the
coast. Jules settles into a new city after a breakup and gets promoted.

Feelings and needs use the slugs from ``closeknit.content.feelings``. A response's
``rating`` is how the share's author felt about it, so only responses written by the
other person carry one. Not every response is a good one: a few jump to advice, turn
the talk to themselves, or get defensive, and their ratings say so.
"""

from typing import Final

# Daily check-ins. ``note`` may be empty; ``shared`` says whether the other
# person (the partner, or the friend for Jules) can see it.
CHECKINS: Final[list[dict]] = [
    {
        "person": "sam",
        "mood": 3,
        "energy": 3,
        "feelings": ["restless", "unsettled"],
        "need": "talk",
        "note": (
            "Restructure rumours at work again. Nobody says anything out loud, which is somehow "
            "worse."
        ),
        "shared": True,
    },
    {
        "person": "robin",
        "mood": 4,
        "energy": 4,
        "feelings": ["content", "cheerful"],
        "need": "nothing",
        "note": "Made the lentil soup from the card in the drawer. Turns out we do own cumin.",
        "shared": True,
    },
    {
        "person": "jules",
        "mood": 3,
        "energy": 2,
        "feelings": ["lonely", "tired"],
        "need": "talk",
        "note": "Third week in the new flat. It's nice. It echoes.",
        "shared": True,
    },
    {
        "person": "sam",
        "mood": 4,
        "energy": 3,
        "feelings": ["relaxed", "connected"],
        "need": "nothing",
        "note": "",
        "shared": False,
    },
    {
        "person": "robin",
        "mood": 3,
        "energy": 3,
        "feelings": ["worried"],
        "need": "talk",
        "note": (
            "Dad mentioned being dizzy on the stairs, very casually, the way he mentions anything "
            "that matters."
        ),
        "shared": True,
    },
    {
        "person": "sam",
        "mood": 2,
        "energy": 2,
        "feelings": ["drained", "frustrated"],
        "need": "space",
        "note": "Four hours of meetings about a reorganisation that apparently isn't happening.",
        "shared": False,
    },
    {
        "person": "robin",
        "mood": 4,
        "energy": 3,
        "feelings": ["calm", "grateful"],
        "need": "nothing",
        "note": "",
        "shared": False,
    },
    {
        "person": "sam",
        "mood": 4,
        "energy": 4,
        "feelings": ["hopeful", "playful"],
        "need": "fun",
        "note": "Spent my lunch looking at cottages on the coast instead of eating. No regrets.",
        "shared": True,
    },
    {
        "person": "robin",
        "mood": 3,
        "energy": 2,
        "feelings": ["tired", "annoyed"],
        "need": "nothing",
        "note": "The kitchen tap is dripping again. I can hear it from bed.",
        "shared": True,
    },
    {
        "person": "jules",
        "mood": 4,
        "energy": 4,
        "feelings": ["curious", "cheerful"],
        "need": "nothing",
        "note": "Found a bakery two streets over that does proper sourdough. Small wins.",
        "shared": False,
    },
    {
        "person": "sam",
        "mood": 3,
        "energy": 3,
        "feelings": ["curious"],
        "need": "nothing",
        "note": (
            "Started the cookbook Robin's sister gave us. Chapter one is knife skills, so I "
            "skipped to chapter four."
        ),
        "shared": False,
    },
    {
        "person": "robin",
        "mood": 2,
        "energy": 2,
        "feelings": ["worried", "anxious"],
        "need": "reassurance",
        "note": (
            "Dad's GP wants him to have some tests. Mum says it's routine. Mum always says it's "
            "routine."
        ),
        "shared": True,
    },
    {
        "person": "sam",
        "mood": 3,
        "energy": 3,
        "feelings": ["steady"],
        "need": "nothing",
        "note": "",
        "shared": False,
    },
    {
        "person": "sam",
        "mood": 2,
        "energy": 3,
        "feelings": ["anxious", "insecure"],
        "need": "reassurance",
        "note": (
            "Saw a job ad I'd genuinely want. Immediately talked myself out of being qualified for "
            "it."
        ),
        "shared": True,
    },
    {
        "person": "robin",
        "mood": 4,
        "energy": 4,
        "feelings": ["playful", "affectionate"],
        "need": "fun",
        "note": "",
        "shared": True,
    },
    {
        "person": "robin",
        "mood": 3,
        "energy": 3,
        "feelings": ["unsettled"],
        "need": "talk",
        "note": "Tests booked for Thursday. Trying very hard not to google anything.",
        "shared": False,
    },
    {
        "person": "sam",
        "mood": 3,
        "energy": 4,
        "feelings": ["motivated", "nervous"],
        "need": "help",
        "note": "Sent the application off. Now I have to pretend I didn't.",
        "shared": True,
    },
    {
        "person": "jules",
        "mood": 2,
        "energy": 2,
        "feelings": ["lonely", "homesick", "sad"],
        "need": "talk",
        "note": "Everyone at work goes home to someone. I go home to a radiator that clanks.",
        "shared": True,
    },
    {
        "person": "robin",
        "mood": 3,
        "energy": 3,
        "feelings": ["bored", "restless"],
        "need": "fun",
        "note": "",
        "shared": False,
    },
    {
        "person": "sam",
        "mood": 4,
        "energy": 4,
        "feelings": ["happy", "cheerful"],
        "need": "fun",
        "note": (
            "Pickle from next door stole a whole croissant off a cafe table. Completely "
            "unrepentant."
        ),
        "shared": True,
    },
    {
        "person": "robin",
        "mood": 2,
        "energy": 2,
        "feelings": ["scared", "worried"],
        "need": "closeness",
        "note": (
            "Results say something about his heart rhythm. He's being referred to a specialist."
        ),
        "shared": True,
    },
    {
        "person": "sam",
        "mood": 3,
        "energy": 2,
        "feelings": ["tired"],
        "need": "nothing",
        "note": "",
        "shared": False,
    },
    {
        "person": "robin",
        "mood": 3,
        "energy": 2,
        "feelings": ["foggy", "tired"],
        "need": "space",
        "note": "Slept badly. Don't take it personally if I'm quiet today.",
        "shared": True,
    },
    {
        "person": "sam",
        "mood": 3,
        "energy": 3,
        "feelings": ["nervous", "hopeful"],
        "need": "reassurance",
        "note": "First interview on Friday. Video call, so at least the pyjama bottoms can stay.",
        "shared": True,
    },
    {
        "person": "robin",
        "mood": 3,
        "energy": 3,
        "feelings": ["steady"],
        "need": "nothing",
        "note": "",
        "shared": False,
    },
    {
        "person": "jules",
        "mood": 1,
        "energy": 1,
        "feelings": ["hurt", "sad", "numb"],
        "need": "heard",
        "note": (
            "Marco and I ended it last night. It was mutual, which makes it weirdly harder to be "
            "angry about."
        ),
        "shared": True,
    },
    {
        "person": "sam",
        "mood": 4,
        "energy": 4,
        "feelings": ["proud", "excited"],
        "need": "fun",
        "note": (
            "Interview went well, I think? They laughed at my joke and it wasn't even a nervous "
            "one."
        ),
        "shared": True,
    },
    {
        "person": "robin",
        "mood": 3,
        "energy": 2,
        "feelings": ["drained"],
        "need": "nothing",
        "note": "",
        "shared": False,
    },
    {
        "person": "sam",
        "mood": 2,
        "energy": 2,
        "feelings": ["flat"],
        "need": "nothing",
        "note": "Rain, a blocked sink and no word from the interview people. Just a grey one.",
        "shared": False,
    },
    {
        "person": "robin",
        "mood": 2,
        "energy": 2,
        "feelings": ["anxious", "overwhelmed"],
        "need": "talk",
        "note": "Specialist appointment is on Monday. I think I should go up for it.",
        "shared": True,
    },
    {
        "person": "sam",
        "mood": 3,
        "energy": 3,
        "feelings": ["torn"],
        "need": "talk",
        "note": (
            "If they offer me the job, the start date lands right in the middle of everything. Not "
            "complaining, just noticing."
        ),
        "shared": False,
    },
    {
        "person": "robin",
        "mood": 4,
        "energy": 3,
        "feelings": ["content", "grateful"],
        "need": "nothing",
        "note": "Plumber came and the tap is finally silent. Best forty pounds we've ever spent.",
        "shared": False,
    },
    {
        "person": "jules",
        "mood": 2,
        "energy": 3,
        "feelings": ["lonely", "restless"],
        "need": "talk",
        "note": "",
        "shared": False,
    },
    {
        "person": "sam",
        "mood": 2,
        "energy": 2,
        "feelings": ["impatient", "irritable"],
        "need": "space",
        "note": (
            "Train cancelled, replacement bus, man eating an egg sandwich next to me. That sort of "
            "day."
        ),
        "shared": False,
    },
    {
        "person": "sam",
        "mood": 3,
        "energy": 3,
        "feelings": ["nervous"],
        "need": "nothing",
        "note": "Second interview tomorrow. I ironed a shirt. That's how you know it's serious.",
        "shared": False,
    },
    {
        "person": "jules",
        "mood": 3,
        "energy": 2,
        "feelings": ["homesick"],
        "need": "nothing",
        "note": "Someone on the tram had a Yorkshire accent and I very nearly followed them home.",
        "shared": True,
    },
    {
        "person": "robin",
        "mood": 2,
        "energy": 1,
        "feelings": ["tired", "sad"],
        "need": "closeness",
        "note": "Long train up. Dad looks smaller than he did in the summer.",
        "shared": True,
    },
    {
        "person": "sam",
        "mood": 4,
        "energy": 3,
        "feelings": ["proud", "hopeful"],
        "need": "talk",
        "note": "",
        "shared": True,
    },
    {
        "person": "robin",
        "mood": 2,
        "energy": 2,
        "feelings": ["scared", "vulnerable"],
        "need": "reassurance",
        "note": (
            "They want to fit a pacemaker. Everyone keeps telling me it's common. I know. It's "
            "still my dad."
        ),
        "shared": True,
    },
    {
        "person": "sam",
        "mood": 5,
        "energy": 4,
        "feelings": ["excited", "proud"],
        "need": "talk",
        "note": "I GOT THE JOB. Starting in five weeks.",
        "shared": True,
    },
    {
        "person": "sam",
        "mood": 3,
        "energy": 2,
        "feelings": ["guilty", "torn"],
        "need": "heard",
        "note": "Hard to celebrate properly when Robin's dealing with all of this.",
        "shared": False,
    },
    {
        "person": "robin",
        "mood": 1,
        "energy": 1,
        "feelings": ["overwhelmed", "scared", "drained"],
        "need": "closeness",
        "note": "Couldn't sleep. Lay there listening out for my phone.",
        "shared": True,
    },
    {
        "person": "robin",
        "mood": 3,
        "energy": 2,
        "feelings": ["tired", "grateful"],
        "need": "nothing",
        "note": "Mum has cooked for about fifteen people. There are four of us.",
        "shared": False,
    },
    {
        "person": "sam",
        "mood": 2,
        "energy": 3,
        "feelings": ["nervous", "guilty"],
        "need": "reassurance",
        "note": "Handed in my notice. My manager was lovely about it, which somehow made it worse.",
        "shared": True,
    },
    {
        "person": "robin",
        "mood": 4,
        "energy": 4,
        "feelings": ["brave"],
        "need": "nothing",
        "note": "Told my team lead what's going on with Dad. Easier than I'd built it up to be.",
        "shared": True,
    },
    {
        "person": "robin",
        "mood": 2,
        "energy": 2,
        "feelings": ["homesick", "lonely"],
        "need": "closeness",
        "note": "",
        "shared": True,
    },
    {
        "person": "jules",
        "mood": 4,
        "energy": 4,
        "feelings": ["happy", "connected"],
        "need": "nothing",
        "note": (
            "Went to a pottery class. Made a bowl that is mostly a plate. Talked to actual humans."
        ),
        "shared": True,
    },
    {
        "person": "sam",
        "mood": 2,
        "energy": 2,
        "feelings": ["lonely", "tired"],
        "need": "closeness",
        "note": "The flat is very quiet without Robin. I'd even welcome Pickle barking.",
        "shared": False,
    },
    {
        "person": "robin",
        "mood": 3,
        "energy": 3,
        "feelings": ["steady"],
        "need": "nothing",
        "note": "",
        "shared": False,
    },
    {
        "person": "robin",
        "mood": 3,
        "energy": 2,
        "feelings": ["worried", "restless"],
        "need": "talk",
        "note": "Procedure is Thursday. I've cleaned the oven. That's where I'm at.",
        "shared": True,
    },
    {
        "person": "sam",
        "mood": 3,
        "energy": 3,
        "feelings": ["scattered"],
        "need": "nothing",
        "note": "Writing handover notes for things nobody has ever written down. Including me.",
        "shared": False,
    },
    {
        "person": "robin",
        "mood": 4,
        "energy": 3,
        "feelings": ["grateful", "hopeful"],
        "need": "closeness",
        "note": (
            "It went fine. He's already complaining about the hospital tea, which Mum says is a "
            "great sign."
        ),
        "shared": True,
    },
    {
        "person": "sam",
        "mood": 4,
        "energy": 4,
        "feelings": ["grateful", "calm"],
        "need": "nothing",
        "note": "",
        "shared": True,
    },
    {
        "person": "sam",
        "mood": 4,
        "energy": 3,
        "feelings": ["tender"],
        "need": "closeness",
        "note": "Robin fell asleep on the sofa mid-sentence. Blanket on, telly down low.",
        "shared": False,
    },
    {
        "person": "jules",
        "mood": 3,
        "energy": 3,
        "feelings": ["steady"],
        "need": "nothing",
        "note": "",
        "shared": False,
    },
    {
        "person": "robin",
        "mood": 3,
        "energy": 2,
        "feelings": ["drained"],
        "need": "space",
        "note": "",
        "shared": False,
    },
    {
        "person": "sam",
        "mood": 3,
        "energy": 3,
        "feelings": ["content", "tired"],
        "need": "nothing",
        "note": "Made dumplings. Ugly ones. They tasted fine.",
        "shared": False,
    },
    {
        "person": "robin",
        "mood": 2,
        "energy": 2,
        "feelings": ["resentful", "frustrated"],
        "need": "space",
        "note": "Want to talk about it later, not now.",
        "shared": False,
    },
    {
        "person": "sam",
        "mood": 2,
        "energy": 2,
        "feelings": ["irritable", "hurt"],
        "need": "space",
        "note": "",
        "shared": False,
    },
    {
        "person": "sam",
        "mood": 3,
        "energy": 3,
        "feelings": ["guilty"],
        "need": "talk",
        "note": "I was defensive last night. Going to say so.",
        "shared": True,
    },
    {
        "person": "robin",
        "mood": 4,
        "energy": 3,
        "feelings": ["connected", "calm"],
        "need": "closeness",
        "note": "We talked. We're fine. We have a chore rota now, like students.",
        "shared": True,
    },
    {
        "person": "jules",
        "mood": 2,
        "energy": 2,
        "feelings": ["stressed", "pressured"],
        "need": "help",
        "note": "Big presentation on Friday and my brain has left the building.",
        "shared": True,
    },
    {
        "person": "sam",
        "mood": 3,
        "energy": 2,
        "feelings": ["tired", "scattered"],
        "need": "nothing",
        "note": "",
        "shared": False,
    },
    {
        "person": "sam",
        "mood": 3,
        "energy": 3,
        "feelings": ["calm"],
        "need": "nothing",
        "note": "",
        "shared": False,
    },
    {
        "person": "robin",
        "mood": 4,
        "energy": 4,
        "feelings": ["cheerful"],
        "need": "fun",
        "note": "",
        "shared": True,
    },
    {
        "person": "sam",
        "mood": 4,
        "energy": 3,
        "feelings": ["content"],
        "need": "nothing",
        "note": (
            "Last day at the old place. They gave me a card with a cat on it. Everyone signed it "
            "except the cat."
        ),
        "shared": True,
    },
    {
        "person": "robin",
        "mood": 4,
        "energy": 3,
        "feelings": ["hopeful"],
        "need": "nothing",
        "note": "Dad walked to the end of the road and back. He reported it like a marathon.",
        "shared": True,
    },
    {
        "person": "sam",
        "mood": 4,
        "energy": 4,
        "feelings": ["inspired"],
        "need": "nothing",
        "note": (
            "Walked home the long way past the allotments. Someone's growing pumpkins the size of "
            "armchairs."
        ),
        "shared": False,
    },
    {
        "person": "jules",
        "mood": 2,
        "energy": 2,
        "feelings": ["disappointed"],
        "need": "space",
        "note": "Weekend plans fell through. It's fine. It's fine.",
        "shared": False,
    },
    {
        "person": "robin",
        "mood": 3,
        "energy": 3,
        "feelings": ["tired"],
        "need": "nothing",
        "note": "",
        "shared": False,
    },
    {
        "person": "sam",
        "mood": 3,
        "energy": 4,
        "feelings": ["restless"],
        "need": "fun",
        "note": "",
        "shared": False,
    },
    {
        "person": "sam",
        "mood": 2,
        "energy": 3,
        "feelings": ["nervous", "insecure"],
        "need": "reassurance",
        "note": "First day tomorrow. I've laid my clothes out like it's the first day of school.",
        "shared": True,
    },
    {
        "person": "sam",
        "mood": 4,
        "energy": 4,
        "feelings": ["hopeful", "happy"],
        "need": "nothing",
        "note": "New team seems kind. Someone made a welcome doc. With a map of the kitchen!",
        "shared": True,
    },
    {
        "person": "robin",
        "mood": 4,
        "energy": 4,
        "feelings": ["proud", "affectionate"],
        "need": "nothing",
        "note": "",
        "shared": True,
    },
    {
        "person": "robin",
        "mood": 3,
        "energy": 2,
        "feelings": ["foggy"],
        "need": "nothing",
        "note": "",
        "shared": False,
    },
    {
        "person": "sam",
        "mood": 3,
        "energy": 2,
        "feelings": ["overwhelmed"],
        "need": "space",
        "note": "So many new names and acronyms. My brain is full.",
        "shared": False,
    },
    {
        "person": "sam",
        "mood": 3,
        "energy": 3,
        "feelings": ["confused", "curious"],
        "need": "talk",
        "note": "New job uses a tool nobody can actually explain. I'm doing a lot of nodding.",
        "shared": False,
    },
    {
        "person": "jules",
        "mood": 3,
        "energy": 2,
        "feelings": ["nervous", "embarrassed"],
        "need": "reassurance",
        "note": (
            "First week as team lead. Someone called me 'boss' as a joke and I went bright red."
        ),
        "shared": False,
    },
    {
        "person": "robin",
        "mood": 4,
        "energy": 4,
        "feelings": ["safe", "content"],
        "need": "nothing",
        "note": "",
        "shared": False,
    },
    {
        "person": "jules",
        "mood": 5,
        "energy": 5,
        "feelings": ["proud", "excited"],
        "need": "fun",
        "note": "They gave me the team lead role! I'm going to be insufferable about it.",
        "shared": True,
    },
    {
        "person": "robin",
        "mood": 4,
        "energy": 4,
        "feelings": ["excited"],
        "need": "fun",
        "note": "Booked the cottage! Two nights, sea view, allegedly.",
        "shared": True,
    },
    {
        "person": "sam",
        "mood": 4,
        "energy": 3,
        "feelings": ["happy"],
        "need": "nothing",
        "note": "",
        "shared": False,
    },
    {
        "person": "robin",
        "mood": 3,
        "energy": 3,
        "feelings": ["rushed", "stressed"],
        "need": "help",
        "note": "Priya's wedding is Saturday and I still haven't written anything in the card.",
        "shared": True,
    },
    {
        "person": "sam",
        "mood": 5,
        "energy": 4,
        "feelings": ["joyful", "connected"],
        "need": "nothing",
        "note": "Best wedding I've been to. We danced to that awful song and I didn't even mind.",
        "shared": True,
    },
    {
        "person": "robin",
        "mood": 5,
        "energy": 4,
        "feelings": ["joyful", "loved"],
        "need": "nothing",
        "note": "",
        "shared": True,
    },
    {
        "person": "sam",
        "mood": 2,
        "energy": 1,
        "feelings": ["tired"],
        "need": "space",
        "note": "Wedding hangover, the no-alcohol kind. All talked out.",
        "shared": False,
    },
    {
        "person": "jules",
        "mood": 3,
        "energy": 3,
        "feelings": ["tired", "content"],
        "need": "nothing",
        "note": "",
        "shared": False,
    },
    {
        "person": "robin",
        "mood": 3,
        "energy": 3,
        "feelings": ["worried"],
        "need": "talk",
        "note": "Dad had a wobbly day. The nurse says that's normal. Trying to believe her.",
        "shared": True,
    },
    {
        "person": "sam",
        "mood": 4,
        "energy": 4,
        "feelings": ["confident", "motivated"],
        "need": "nothing",
        "note": "Presented something at work and lived. Someone even asked a follow-up question.",
        "shared": True,
    },
    {
        "person": "robin",
        "mood": 4,
        "energy": 3,
        "feelings": ["calm"],
        "need": "nothing",
        "note": "",
        "shared": False,
    },
    {
        "person": "robin",
        "mood": 4,
        "energy": 4,
        "feelings": ["hopeful", "grateful"],
        "need": "talk",
        "note": "Dad's consultant is pleased. Next check-up in three months, not three weeks.",
        "shared": True,
    },
    {
        "person": "robin",
        "mood": 2,
        "energy": 3,
        "feelings": ["jealous", "guilty"],
        "need": "talk",
        "note": (
            "A friend posted photos from a month in Portugal. Mostly jealous. A bit ashamed of "
            "being jealous."
        ),
        "shared": False,
    },
    {
        "person": "sam",
        "mood": 3,
        "energy": 3,
        "feelings": ["restless"],
        "need": "fun",
        "note": "",
        "shared": False,
    },
    {
        "person": "jules",
        "mood": 4,
        "energy": 3,
        "feelings": ["content", "connected"],
        "need": "nothing",
        "note": "Had people over for dinner. The flat echoes a bit less now.",
        "shared": True,
    },
    {
        "person": "sam",
        "mood": 4,
        "energy": 4,
        "feelings": ["playful"],
        "need": "fun",
        "note": "Pickle is staying with us for the weekend. He has already eaten a sock.",
        "shared": True,
    },
    {
        "person": "robin",
        "mood": 3,
        "energy": 2,
        "feelings": ["tired"],
        "need": "closeness",
        "note": "",
        "shared": False,
    },
    {
        "person": "robin",
        "mood": 5,
        "energy": 4,
        "feelings": ["excited", "happy"],
        "need": "fun",
        "note": "Packing for the coast. Sam has packed three books for two days.",
        "shared": True,
    },
    {
        "person": "sam",
        "mood": 5,
        "energy": 5,
        "feelings": ["peaceful", "loved"],
        "need": "nothing",
        "note": "Sea, chips, Robin asleep in the passenger seat. This is it.",
        "shared": True,
    },
    {
        "person": "robin",
        "mood": 5,
        "energy": 4,
        "feelings": ["peaceful", "connected"],
        "need": "nothing",
        "note": "",
        "shared": False,
    },
    {
        "person": "jules",
        "mood": 4,
        "energy": 4,
        "feelings": ["cheerful", "grateful"],
        "need": "nothing",
        "note": "Sunday call with Sam, then a long walk by the lake. Good day.",
        "shared": False,
    },
    {
        "person": "sam",
        "mood": 4,
        "energy": 4,
        "feelings": ["content", "rested"],
        "need": "nothing",
        "note": "",
        "shared": False,
    },
    {
        "person": "robin",
        "mood": 4,
        "energy": 3,
        "feelings": ["rested"],
        "need": "nothing",
        "note": "Home again. Washing machine on. Already missing the sea.",
        "shared": False,
    },
]

# Shares between Sam and Robin, each with its responses in conversation order.
COUPLE_THREADS: Final[list[dict]] = [
    {
        "author": "sam",
        "depth": "light",
        "text": (
            "The woman at the bakery called me 'my love' and I've been in a good mood for an hour. "
            "That's all. I'm a cheap date."
        ),
        "responses": [
            {
                "author": "robin",
                "text": "This is the most you thing I've ever read. Did you get the cinnamon ones?",
                "rating": {
                    "understood": 4,
                    "accepted": 5,
                    "cared_for": 4,
                    "after": "relieved",
                    "helped": False,
                },
            },
            {
                "author": "sam",
                "text": "Obviously. There's one in the bread bin. Hands off.",
                "rating": None,
            },
        ],
    },
    {
        "author": "robin",
        "depth": "medium",
        "text": (
            "Dad rang tonight and mentioned, somewhere between the weather and the cricket, that "
            "he's been dizzy on the stairs. He made it sound like nothing. I can't tell if it is "
            "nothing."
        ),
        "responses": [
            {
                "author": "sam",
                "text": (
                    "That's hard, the way he tucks the real stuff into the middle of other news. "
                    "Do you want to talk it through, or would it help more to just sit with it for "
                    "a bit?"
                ),
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": False,
                },
            },
            {
                "author": "robin",
                "text": "Sit with it. Maybe I'll ring Mum tomorrow.",
                "rating": None,
            },
            {
                "author": "sam",
                "text": "Sounds like a good plan. I'm right here either way.",
                "rating": {
                    "understood": 4,
                    "accepted": 4,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": False,
                },
            },
        ],
    },
    {
        "author": "sam",
        "depth": "medium",
        "text": (
            "There's talk of a restructure again. Nobody says anything directly, they just go "
            "quiet when you walk into the kitchen. I hate not knowing which version of next year "
            "I'm in."
        ),
        "responses": [
            {
                "author": "robin",
                "text": (
                    "Honestly, you should just start applying elsewhere. You've been unhappy there "
                    "for ages."
                ),
                "rating": {
                    "understood": 2,
                    "accepted": 2,
                    "cared_for": 3,
                    "after": "exposed",
                    "helped": False,
                },
            },
            {
                "author": "sam",
                "text": "Maybe. I think I wanted to have a moan before making a plan.",
                "rating": None,
            },
            {
                "author": "robin",
                "text": "Fair enough. Moan away, I'm listening properly this time.",
                "rating": {
                    "understood": 4,
                    "accepted": 4,
                    "cared_for": 4,
                    "after": "neutral",
                    "helped": False,
                },
            },
        ],
    },
    {
        "author": "robin",
        "depth": "light",
        "text": "Made that lentil soup. Let's just say it came out 'rustic'.",
        "responses": [
            {
                "author": "sam",
                "text": "Rustic is my favourite texture. I had seconds, that's my review.",
                "rating": {
                    "understood": 4,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": False,
                },
            },
        ],
    },
    {
        "author": "sam",
        "depth": "medium",
        "text": (
            "Another meeting about the restructure today. Forty minutes of slides that basically "
            "said 'watch this space'. I'm so tired of watching this space."
        ),
        "responses": [
            {
                "author": "robin",
                "text": (
                    "Mine was worse, the whole system went down and I spent the afternoon on hold "
                    "to IT."
                ),
                "rating": {
                    "understood": 2,
                    "accepted": 2,
                    "cared_for": 2,
                    "after": "neutral",
                    "helped": False,
                },
            },
            {"author": "sam", "text": "Ha. Rubbish days all round then.", "rating": None},
        ],
    },
    {
        "author": "sam",
        "depth": None,
        "text": (
            "Idea: a couple of nights by the sea, just us, sometime this autumn. No agenda. Some "
            "chips."
        ),
        "responses": [
            {
                "author": "robin",
                "text": "Yes. Yes to chips. Let me check how much leave I've got.",
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 4,
                    "after": "relieved",
                    "helped": False,
                },
            },
        ],
    },
    {
        "author": "robin",
        "depth": "light",
        "text": (
            "The tap is dripping again. I've put a tea towel under it so I can't hear it, which "
            "I'm fairly sure counts as plumbing."
        ),
        "responses": [
            {
                "author": "sam",
                "text": "Textbook plumbing. I'll have a go with a new washer on Saturday.",
                "rating": {
                    "understood": 3,
                    "accepted": 4,
                    "cared_for": 4,
                    "after": "neutral",
                    "helped": True,
                },
            },
        ],
    },
    {
        "author": "robin",
        "depth": "deep",
        "text": (
            "Dad's GP wants him to have some heart tests. Mum says it's routine. I keep thinking "
            "about how grey he looked at Easter, and how I noticed and didn't say anything."
        ),
        "responses": [
            {
                "author": "sam",
                "text": (
                    "You couldn't have known then, and if you'd said something he'd have waved it "
                    "off, you know he would. It sounds like there's some guilt in there. Is that "
                    "right?"
                ),
                "rating": {
                    "understood": 5,
                    "accepted": 4,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": False,
                },
            },
            {
                "author": "robin",
                "text": "Yeah. A bit. Mostly I just feel really far away.",
                "rating": None,
            },
            {
                "author": "sam",
                "text": (
                    "Far away is real. Do you want to go up for a weekend? I can hold the fort "
                    "here."
                ),
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": True,
                },
            },
        ],
    },
    {
        "author": "sam",
        "depth": "medium",
        "text": (
            "Found a job ad I'd actually want. Read it four times. Then spent twenty minutes "
            "convincing myself they'd laugh at my application."
        ),
        "responses": [
            {
                "author": "robin",
                "text": (
                    "Can I see it? From here it sounds like you've already decided you want it."
                ),
                "rating": {
                    "understood": 4,
                    "accepted": 4,
                    "cared_for": 4,
                    "after": "neutral",
                    "helped": False,
                },
            },
            {"author": "sam", "text": "Sending it now. Be gentle.", "rating": None},
            {
                "author": "robin",
                "text": (
                    "Sam, you've done half of this list already. Apply. I'll read your cover "
                    "letter if you want a second pair of eyes."
                ),
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": True,
                },
            },
        ],
    },
    {
        "author": "robin",
        "depth": None,
        "text": (
            "Pickle stole a croissant off someone's plate outside the cafe. The owner was "
            "mortified. Pickle was not."
        ),
        "responses": [
            {
                "author": "sam",
                "text": "He's a legend. A criminal, but a legend.",
                "rating": {
                    "understood": 4,
                    "accepted": 4,
                    "cared_for": 4,
                    "after": "neutral",
                    "helped": False,
                },
            },
        ],
    },
    {
        "author": "sam",
        "depth": "light",
        "text": "Sent the application. I'm now going to act like I didn't, for my own sanity.",
        "responses": [],
    },
    {
        "author": "robin",
        "depth": "deep",
        "text": (
            "The results came back. Something about his heart rhythm, and they're referring him to "
            "a cardiologist. I don't really know what that means yet and I hate not knowing."
        ),
        "responses": [
            {
                "author": "sam",
                "text": (
                    "Oh, love. Not knowing is the worst part. I'm here. Do you want me to find out "
                    "what the referral usually involves, or is that too much right now?"
                ),
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": False,
                },
            },
            {
                "author": "robin",
                "text": "Maybe tomorrow. Tonight I just want to not think.",
                "rating": None,
            },
            {
                "author": "sam",
                "text": "Tonight then: blanket, that baking show, absolutely no thinking allowed.",
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": True,
                },
            },
        ],
    },
    {
        "author": "sam",
        "depth": "light",
        "text": (
            "Had a go at the tap. It is now dripping faster. I've made it worse, but very "
            "confidently."
        ),
        "responses": [
            {
                "author": "robin",
                "text": "Honestly impressive. Call the plumber, my hero.",
                "rating": {
                    "understood": 4,
                    "accepted": 5,
                    "cared_for": 4,
                    "after": "neutral",
                    "helped": False,
                },
            },
        ],
    },
    {
        "author": "robin",
        "depth": "medium",
        "text": (
            "I've been short with you this week and I know it. It isn't about you, it's the "
            "waiting."
        ),
        "responses": [
            {
                "author": "sam",
                "text": (
                    "I know it isn't. Thank you for saying it though. I'd rather you were short "
                    "with me than held it all on your own."
                ),
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": False,
                },
            },
        ],
    },
    {
        "author": "sam",
        "depth": "medium",
        "text": (
            "Interview's on Friday. I keep rehearsing answers in the shower and forgetting them by "
            "the time I'm dry."
        ),
        "responses": [
            {
                "author": "robin",
                "text": (
                    "Ha, I used to do that too. Before my last interview I wrote everything on "
                    "index cards and then left them on the bus, so you can't do worse than me."
                ),
                "rating": {
                    "understood": 3,
                    "accepted": 3,
                    "cared_for": 3,
                    "after": "neutral",
                    "helped": False,
                },
            },
            {
                "author": "sam",
                "text": "Not sure that's the reassurance you think it is.",
                "rating": None,
            },
            {
                "author": "robin",
                "text": (
                    "Sorry, that came out wrong. What I mean is you know this stuff. Want to do a "
                    "practice run tonight?"
                ),
                "rating": {
                    "understood": 4,
                    "accepted": 4,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": True,
                },
            },
        ],
    },
    {
        "author": "sam",
        "depth": "light",
        "text": (
            "Interview went well, I think? They laughed at my joke, and it wasn't even a nervous "
            "joke."
        ),
        "responses": [
            {
                "author": "robin",
                "text": (
                    "Of course they laughed, you're funny. Really proud of you for going for it."
                ),
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": False,
                },
            },
        ],
    },
    {
        "author": "sam",
        "depth": "medium",
        "text": (
            "Bit of a flat day. Nothing's wrong, it's just grey. Writing it here so it's somewhere."
        ),
        "responses": [],
    },
    {
        "author": "robin",
        "depth": "medium",
        "text": (
            "My team lead asked if everything was okay because I've seemed distracted. I said yes. "
            "I'm not sure that was true."
        ),
        "responses": [
            {
                "author": "sam",
                "text": (
                    "You could tell her a little about your dad if you wanted. Not the whole "
                    "story, just enough that she gets it. No pressure though."
                ),
                "rating": {
                    "understood": 4,
                    "accepted": 4,
                    "cared_for": 4,
                    "after": "neutral",
                    "helped": True,
                },
            },
            {
                "author": "robin",
                "text": "Maybe. I don't love the idea of crying at work.",
                "rating": None,
            },
            {
                "author": "sam",
                "text": (
                    "Fair. We could work out what you'd say together, so it's ready if you need it."
                ),
                "rating": {
                    "understood": 4,
                    "accepted": 4,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": False,
                },
            },
        ],
    },
    {
        "author": "robin",
        "depth": "deep",
        "text": (
            "I think I should be there for the specialist appointment. But part of me feels like "
            "if I go, it makes it serious, and I'm not ready for it to be serious."
        ),
        "responses": [
            {
                "author": "sam",
                "text": (
                    "That makes a lot of sense. Going doesn't make it any more serious than it is, "
                    "it just means you're next to him. It's your call, and I'll back you either "
                    "way."
                ),
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": False,
                },
            },
            {"author": "robin", "text": "I'm going. Can you water the basil?", "rating": None},
            {
                "author": "sam",
                "text": "The basil will be in the best hands it has ever known. Book the train.",
                "rating": {
                    "understood": 4,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": False,
                },
            },
        ],
    },
    {
        "author": "robin",
        "depth": "light",
        "text": "The plumber fixed the tap in ten minutes flat. Silence. Beautiful silence.",
        "responses": [],
    },
    {
        "author": "sam",
        "depth": "medium",
        "text": (
            "Second interview tomorrow. I've ironed a shirt, which is how you know I mean it. Also "
            "slightly terrified."
        ),
        "responses": [
            {
                "author": "robin",
                "text": "Iron a spare one too, you always spill coffee when you're nervous.",
                "rating": {
                    "understood": 3,
                    "accepted": 4,
                    "cared_for": 3,
                    "after": "neutral",
                    "helped": False,
                },
            },
            {"author": "sam", "text": "Rude. Accurate, but rude.", "rating": None},
        ],
    },
    {
        "author": "robin",
        "depth": "deep",
        "text": (
            "On the train home from Dad's. He looks smaller than he did in the summer, and Mum is "
            "doing that cheerful thing she does when she's scared. I held it together in the house "
            "and then cried at the station like I was in a film."
        ),
        "responses": [
            {
                "author": "sam",
                "text": (
                    "I'm so sorry. That must have been awful to see, and to hold it together the "
                    "whole time. I'm glad you let it out at the station. What time are you in? "
                    "I'll come and meet you."
                ),
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": True,
                },
            },
            {"author": "robin", "text": "9.40. Thank you.", "rating": None},
        ],
    },
    {
        "author": "robin",
        "depth": "deep",
        "text": (
            "They want to fit a pacemaker. Everyone says it's a really common procedure and I know "
            "it is. It's still my dad, and it's still his heart."
        ),
        "responses": [
            {
                "author": "sam",
                "text": (
                    "Both of those things are true at once. Common for the doctors, not common for "
                    "you. How are you holding up, honestly?"
                ),
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": False,
                },
            },
            {
                "author": "robin",
                "text": "Honestly? Scared. And tired of being brave on the phone to Mum.",
                "rating": None,
            },
            {
                "author": "sam",
                "text": "You don't have to be brave with me. Come here.",
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": True,
                },
            },
        ],
    },
    {
        "author": "sam",
        "depth": "medium",
        "text": (
            "I got the job. I'm thrilled, and I also feel strange celebrating while you're going "
            "through all this with your dad."
        ),
        "responses": [
            {
                "author": "robin",
                "text": "Please celebrate. This house needs some good news. I'm so proud of you.",
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": False,
                },
            },
            {
                "author": "sam",
                "text": "Okay. Small celebration now, proper one when your dad's through it.",
                "rating": None,
            },
            {
                "author": "robin",
                "text": "Deal. Pizza tonight though, that's not up for discussion.",
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": True,
                },
            },
        ],
    },
    {
        "author": "sam",
        "depth": "medium",
        "text": (
            "Handed in my notice. My manager was lovely about it, which somehow made me feel more "
            "guilty than if she'd been cross."
        ),
        "responses": [
            {
                "author": "robin",
                "text": (
                    "Maybe the guilt just means you cared about the place, even when it drove you "
                    "up the wall. That's not a bad thing to leave with."
                ),
                "rating": {
                    "understood": 4,
                    "accepted": 5,
                    "cared_for": 4,
                    "after": "relieved",
                    "helped": False,
                },
            },
        ],
    },
    {
        "author": "robin",
        "depth": None,
        "text": (
            "Four days at Mum and Dad's and Mum has cooked for roughly fifteen people. There are "
            "four of us. Send help, or stretchy trousers."
        ),
        "responses": [
            {
                "author": "sam",
                "text": (
                    "Stretchy trousers on their way by carrier pigeon. Eat some crumble for me."
                ),
                "rating": {
                    "understood": 4,
                    "accepted": 5,
                    "cared_for": 4,
                    "after": "relieved",
                    "helped": False,
                },
            },
        ],
    },
    {
        "author": "sam",
        "depth": "medium",
        "text": (
            "The flat is too quiet without you. I even miss you stealing the duvet. Don't rush "
            "back for me though, stay as long as they need you."
        ),
        "responses": [
            {
                "author": "robin",
                "text": "I miss you too. I'll steal extra duvet when I'm home to make up for it.",
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": False,
                },
            },
        ],
    },
    {
        "author": "robin",
        "depth": "light",
        "text": (
            "Home, and the basil is alive. Sam kept a plant alive for nine whole days. Noting this "
            "for the record."
        ),
        "responses": [],
    },
    {
        "author": "robin",
        "depth": "deep",
        "text": (
            "Procedure is on Thursday. I cleaned the oven tonight, properly, with the special "
            "stuff. I think that's where all my worry has gone."
        ),
        "responses": [
            {
                "author": "sam",
                "text": (
                    "Good on you, it really needed it. Oh, did you see the landlord's email about "
                    "the boiler?"
                ),
                "rating": {
                    "understood": 2,
                    "accepted": 2,
                    "cared_for": 2,
                    "after": "exposed",
                    "helped": False,
                },
            },
            {
                "author": "robin",
                "text": "I was trying to tell you I'm scared, Sam.",
                "rating": None,
            },
            {
                "author": "sam",
                "text": (
                    "You're right, sorry. I heard 'oven' and missed the rest. You're scared about "
                    "Thursday. Do you want to talk about it, or just have me close?"
                ),
                "rating": {
                    "understood": 4,
                    "accepted": 4,
                    "cared_for": 4,
                    "after": "neutral",
                    "helped": False,
                },
            },
        ],
    },
    {
        "author": "robin",
        "depth": "medium",
        "text": (
            "He's through it. It went fine. He's already complaining about the hospital tea, which "
            "Mum says is the best sign there is."
        ),
        "responses": [
            {
                "author": "sam",
                "text": (
                    "Oh, thank goodness. Complaining about tea is a very healthy heartbeat. How "
                    "are you feeling now it's done?"
                ),
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": False,
                },
            },
            {"author": "robin", "text": "Like I could sleep for a week.", "rating": None},
            {
                "author": "sam",
                "text": "Then sleep. I'll sort dinner and answer the phone.",
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": True,
                },
            },
        ],
    },
    {
        "author": "sam",
        "depth": "light",
        "text": "Attempted dumplings. They look like small sad purses. They taste great though.",
        "responses": [
            {
                "author": "robin",
                "text": "Small sad purses is my new favourite food group.",
                "rating": {
                    "understood": 4,
                    "accepted": 4,
                    "cared_for": 4,
                    "after": "neutral",
                    "helped": False,
                },
            },
        ],
    },
    {
        "author": "sam",
        "depth": "medium",
        "text": (
            "Writing handover notes for processes nobody has ever written down. Turns out half my "
            "job lived in my head. A bit sad, and a bit impressed with myself."
        ),
        "responses": [
            {
                "author": "robin",
                "text": (
                    "Both are allowed! Sounds like you've been holding a lot more up there than "
                    "anyone realised."
                ),
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 4,
                    "after": "relieved",
                    "helped": False,
                },
            },
        ],
    },
    {
        "author": "robin",
        "depth": "medium",
        "text": (
            "Still annoyed about last night. It isn't really about the bins. It's that I feel like "
            "I'm the one who notices everything that needs doing, and that's tiring on top of "
            "everything else."
        ),
        "responses": [
            {
                "author": "sam",
                "text": (
                    "I had a really long day too, you know. I don't think it's fair to say I never "
                    "do anything."
                ),
                "rating": {
                    "understood": 1,
                    "accepted": 2,
                    "cared_for": 2,
                    "after": "exposed",
                    "helped": False,
                },
            },
            {
                "author": "robin",
                "text": "I didn't say never. I said I'm the one who notices.",
                "rating": None,
            },
        ],
    },
    {
        "author": "sam",
        "depth": "deep",
        "text": (
            "I've been thinking about what you said about noticing. You're right, and I got "
            "defensive because I was tired and it stung. I'm sorry. I don't want you carrying the "
            "whole house in your head on top of your dad."
        ),
        "responses": [
            {
                "author": "robin",
                "text": "Thank you. That means a lot. I was sharper than I meant to be, too.",
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": False,
                },
            },
            {
                "author": "sam",
                "text": (
                    "Shall we sit down at the weekend and split things properly? Written down, "
                    "even."
                ),
                "rating": None,
            },
            {
                "author": "robin",
                "text": "Yes. And I get first pick. The bins are yours.",
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": True,
                },
            },
        ],
    },
    {
        "author": "robin",
        "depth": "light",
        "text": (
            "There is now a chore rota on our fridge. We are two grown adults with a chore rota. I "
            "love it."
        ),
        "responses": [
            {
                "author": "sam",
                "text": "I've already ticked off 'water plants' twice today, just to be safe.",
                "rating": {
                    "understood": 4,
                    "accepted": 5,
                    "cared_for": 4,
                    "after": "relieved",
                    "helped": False,
                },
            },
        ],
    },
    {
        "author": "sam",
        "depth": "light",
        "text": (
            "Neighbour asked if we'd dog-sit Pickle some time. I said yes without asking you. Are "
            "we dog people now?"
        ),
        "responses": [
            {
                "author": "robin",
                "text": "We've always been dog people. We just didn't have a dog.",
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 4,
                    "after": "relieved",
                    "helped": False,
                },
            },
        ],
    },
    {
        "author": "sam",
        "depth": "light",
        "text": (
            "Last day at the old place. They gave me a card with a cat on it. Everyone signed it "
            "apart from the cat."
        ),
        "responses": [
            {
                "author": "robin",
                "text": "Frame it. Also, what was the cat's excuse?",
                "rating": {
                    "understood": 4,
                    "accepted": 4,
                    "cared_for": 4,
                    "after": "neutral",
                    "helped": False,
                },
            },
            {"author": "sam", "text": "Busy. Very important cat meetings.", "rating": None},
        ],
    },
    {
        "author": "robin",
        "depth": "medium",
        "text": (
            "Dad walked to the end of the road and back today. He rang to report it like he'd run "
            "a marathon. I laughed, and then I had to go and sit in the car for a minute."
        ),
        "responses": [
            {
                "author": "sam",
                "text": (
                    "That's such good news, and I get the sitting-in-the-car bit. Relief lands in "
                    "funny ways after you've been holding on that long."
                ),
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": False,
                },
            },
        ],
    },
    {
        "author": "robin",
        "depth": None,
        "text": (
            "Can we put the trip back on the table? I think I'm ready to look forward to something."
        ),
        "responses": [
            {
                "author": "sam",
                "text": "YES. I have a shortlist. It's been waiting very patiently.",
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": False,
                },
            },
            {"author": "robin", "text": "Of course you have a shortlist.", "rating": None},
        ],
    },
    {
        "author": "sam",
        "depth": "deep",
        "text": (
            "First day at the new job tomorrow. I know nerves are normal, but part of me is "
            "convinced they'll realise they've made a mistake by lunchtime."
        ),
        "responses": [
            {
                "author": "robin",
                "text": "Everyone feels like that on day one. You'll be fine, just be yourself.",
                "rating": {
                    "understood": 3,
                    "accepted": 3,
                    "cared_for": 3,
                    "after": "neutral",
                    "helped": False,
                },
            },
            {"author": "sam", "text": "I know. It's just loud in my head tonight.", "rating": None},
            {
                "author": "robin",
                "text": (
                    "Then let's make it quieter. Walk round the block with me? No job talk unless "
                    "you want some."
                ),
                "rating": {
                    "understood": 4,
                    "accepted": 4,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": False,
                },
            },
        ],
    },
    {
        "author": "sam",
        "depth": "medium",
        "text": (
            "Day one done. Someone had written a welcome doc with a map of the kitchen. An actual "
            "map! I think I might be okay here."
        ),
        "responses": [
            {
                "author": "robin",
                "text": (
                    "A kitchen map is the sign of a good workplace. I'm so glad it felt kind. What "
                    "else happened?"
                ),
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": False,
                },
            },
            {
                "author": "sam",
                "text": "Far too much to type. Tell you over dinner.",
                "rating": None,
            },
        ],
    },
    {
        "author": "sam",
        "depth": "medium",
        "text": (
            "So many new names and acronyms this week. I'm fine, just full up. I might be quiet "
            "tonight."
        ),
        "responses": [
            {
                "author": "robin",
                "text": "Quiet is fine. I'll do dinner, you do nothing.",
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": True,
                },
            },
        ],
    },
    {
        "author": "robin",
        "depth": "light",
        "text": (
            "Booked the cottage! Two nights, sea view, allegedly. If it turns out to be a view of "
            "a car park I'm blaming the photos."
        ),
        "responses": [
            {
                "author": "sam",
                "text": "A car park by the sea is still by the sea. Can't wait.",
                "rating": {
                    "understood": 4,
                    "accepted": 5,
                    "cared_for": 4,
                    "after": "relieved",
                    "helped": False,
                },
            },
        ],
    },
    {
        "author": "robin",
        "depth": "medium",
        "text": (
            "Priya's wedding is on Saturday and I still haven't written anything in the card. "
            "Everything I try sounds either like a greetings card or a eulogy."
        ),
        "responses": [
            {
                "author": "sam",
                "text": (
                    "Just write congratulations and put some money in, nobody reads those anyway."
                ),
                "rating": {
                    "understood": 2,
                    "accepted": 2,
                    "cared_for": 2,
                    "after": "neutral",
                    "helped": False,
                },
            },
            {
                "author": "robin",
                "text": "She's one of my oldest friends though. I want it to mean something.",
                "rating": None,
            },
            {
                "author": "sam",
                "text": (
                    "That's fair, sorry. Tell me one thing you love about the two of them and "
                    "we'll start from there?"
                ),
                "rating": {
                    "understood": 4,
                    "accepted": 4,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": True,
                },
            },
        ],
    },
    {
        "author": "sam",
        "depth": "light",
        "text": (
            "Best wedding I've ever been to. We danced to that awful song and I didn't even mind."
        ),
        "responses": [
            {
                "author": "robin",
                "text": "You did a lot more than not mind. There's video evidence.",
                "rating": {
                    "understood": 4,
                    "accepted": 5,
                    "cared_for": 4,
                    "after": "relieved",
                    "helped": False,
                },
            },
        ],
    },
    {
        "author": "robin",
        "depth": "medium",
        "text": (
            "Dad had a wobbly day. The nurse says it's normal in recovery. I'm trying to believe "
            "her and it's harder than I expected."
        ),
        "responses": [
            {
                "author": "sam",
                "text": (
                    "It makes sense that it's hard. You've been braced for bad news for months, "
                    "and your body doesn't just switch that off. Want to ring him together "
                    "tomorrow?"
                ),
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": True,
                },
            },
        ],
    },
    {
        "author": "sam",
        "depth": "light",
        "text": (
            "Presented to the whole team today and nobody threw anything. Someone even asked a "
            "follow-up question, which I'm choosing to take as a compliment."
        ),
        "responses": [
            {
                "author": "robin",
                "text": "A follow-up question is the highest honour there is. Look at you.",
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": False,
                },
            },
        ],
    },
    {
        "author": "robin",
        "depth": "deep",
        "text": (
            "Dad's consultant is pleased. Next check-up is in three months, not three weeks. I "
            "hadn't realised how long I'd been holding my breath until today."
        ),
        "responses": [
            {
                "author": "sam",
                "text": (
                    "I'm so glad. You held a lot, for a long time, and you stayed kind to everyone "
                    "around you while you did it. You can breathe out now."
                ),
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": True,
                },
            },
            {
                "author": "robin",
                "text": "I'm breathing. I also want a really big dinner.",
                "rating": None,
            },
            {
                "author": "sam",
                "text": "Done. Your pick.",
                "rating": {
                    "understood": 4,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": False,
                },
            },
        ],
    },
    {
        "author": "robin",
        "depth": "medium",
        "text": (
            "Sometimes I still feel guilty for living this far from them, even now he's better."
        ),
        "responses": [
            {
                "author": "sam",
                "text": "Have you thought about moving closer? We could look at jobs up there.",
                "rating": {
                    "understood": 2,
                    "accepted": 2,
                    "cared_for": 3,
                    "after": "exposed",
                    "helped": False,
                },
            },
            {
                "author": "robin",
                "text": "That's a huge leap. I only meant it's on my mind.",
                "rating": None,
            },
            {
                "author": "sam",
                "text": (
                    "Yeah, sorry, I went straight to fixing it. It makes sense that it lingers. "
                    "You love them and they're far away."
                ),
                "rating": {
                    "understood": 4,
                    "accepted": 4,
                    "cared_for": 4,
                    "after": "neutral",
                    "helped": False,
                },
            },
        ],
    },
    {
        "author": "sam",
        "depth": "light",
        "text": (
            "Pickle is staying with us this weekend. He has already eaten a sock. Not one of mine, "
            "I checked."
        ),
        "responses": [
            {
                "author": "robin",
                "text": "It was one of mine, wasn't it.",
                "rating": {
                    "understood": 4,
                    "accepted": 4,
                    "cared_for": 4,
                    "after": "neutral",
                    "helped": False,
                },
            },
            {"author": "sam", "text": "It was one of yours.", "rating": None},
        ],
    },
    {
        "author": "sam",
        "depth": "medium",
        "text": (
            "Realised today I haven't had the Sunday dread once since I started. I'd forgotten "
            "that was something that could just stop."
        ),
        "responses": [
            {
                "author": "robin",
                "text": (
                    "That's huge. It was brave to leave somewhere safe-ish for the unknown, and "
                    "I'm so glad it paid off."
                ),
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": False,
                },
            },
        ],
    },
    {
        "author": "robin",
        "depth": None,
        "text": "Packing for the coast. You've packed three books for two days. Explain yourself.",
        "responses": [
            {
                "author": "sam",
                "text": (
                    "One for the beach, one for bed, and one in case I don't like the first two."
                ),
                "rating": {
                    "understood": 4,
                    "accepted": 5,
                    "cared_for": 4,
                    "after": "relieved",
                    "helped": False,
                },
            },
        ],
    },
    {
        "author": "sam",
        "depth": "deep",
        "text": (
            "Sitting on the cottage step while you sleep. Three months ago I was dreading work and "
            "you were on trains every other weekend. I'm really grateful we came through it "
            "together, and a bit amazed at us."
        ),
        "responses": [
            {
                "author": "robin",
                "text": (
                    "Me too. I woke up and read this and now I'm crying into the complimentary "
                    "biscuits."
                ),
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": False,
                },
            },
            {"author": "sam", "text": "Save me a biscuit.", "rating": None},
        ],
    },
]

# Shares between Sam and Jules.
FRIEND_THREADS: Final[list[dict]] = [
    {
        "author": "jules",
        "depth": "medium",
        "text": (
            "Three weeks in. The flat's lovely but it echoes, and I've started talking to myself "
            "just to fill it up."
        ),
        "responses": [
            {
                "author": "sam",
                "text": (
                    "Talking to yourself is just chatting with your favourite person. But really, "
                    "that sounds lonely. Are you meeting anyone through work?"
                ),
                "rating": {
                    "understood": 4,
                    "accepted": 4,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": False,
                },
            },
            {
                "author": "jules",
                "text": "A few. Everyone's friendly in a 'have a good weekend' sort of way.",
                "rating": None,
            },
            {
                "author": "sam",
                "text": (
                    "That's a start. It takes a while for 'have a good weekend' to turn into "
                    "'fancy a drink'."
                ),
                "rating": {
                    "understood": 4,
                    "accepted": 4,
                    "cared_for": 4,
                    "after": "neutral",
                    "helped": False,
                },
            },
        ],
    },
    {
        "author": "sam",
        "depth": "light",
        "text": (
            "Found a photo of us at the second-year ball. You in that borrowed suit with the "
            "sleeves down to your knuckles."
        ),
        "responses": [
            {
                "author": "jules",
                "text": "I looked ELEGANT. The sleeves were a choice.",
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": False,
                },
            },
            {"author": "sam", "text": "A bold choice.", "rating": None},
        ],
    },
    {
        "author": "jules",
        "depth": "light",
        "text": (
            "Found a bakery that does proper sourdough. I now have a reason to leave the flat on "
            "Saturday mornings."
        ),
        "responses": [
            {
                "author": "sam",
                "text": "Good. Make it a ritual. Sourdough Saturdays.",
                "rating": {
                    "understood": 4,
                    "accepted": 4,
                    "cared_for": 4,
                    "after": "neutral",
                    "helped": False,
                },
            },
        ],
    },
    {
        "author": "sam",
        "depth": "medium",
        "text": (
            "Work's a mess. There's a restructure coming and everyone's whispering, and I'm "
            "thinking of leaving. Don't tell anyone. Not that you know anyone here."
        ),
        "responses": [
            {
                "author": "jules",
                "text": (
                    "Your secret's safe with my zero local contacts. If you could pick anything, "
                    "what would you want instead?"
                ),
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 4,
                    "after": "relieved",
                    "helped": True,
                },
            },
            {
                "author": "sam",
                "text": "Somewhere I don't dread on Sunday evenings. That's the whole wish list.",
                "rating": None,
            },
            {
                "author": "jules",
                "text": "That's a pretty good wish list. Start there.",
                "rating": {
                    "understood": 4,
                    "accepted": 4,
                    "cared_for": 4,
                    "after": "neutral",
                    "helped": False,
                },
            },
        ],
    },
    {
        "author": "jules",
        "depth": "deep",
        "text": (
            "Marco and I ended it. It was mutual, which somehow makes it harder, there's nobody to "
            "be angry at. I keep picking up my phone to tell him things."
        ),
        "responses": [
            {
                "author": "sam",
                "text": (
                    "Oh, Jules. I'm so sorry. Mutual doesn't mean painless. The phone thing is the "
                    "worst part and it will ease, just not yet. Can I call you this weekend? Your "
                    "Saturday morning is my afternoon."
                ),
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": True,
                },
            },
            {
                "author": "jules",
                "text": "Yes please. I need someone to tell me I'm not a disaster.",
                "rating": None,
            },
            {
                "author": "sam",
                "text": "You're not a disaster. You're a person who's sad. Different thing.",
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": False,
                },
            },
        ],
    },
    {
        "author": "jules",
        "depth": "medium",
        "text": (
            "Is it weird that I feel worse about the breakup now than I did the week it happened?"
        ),
        "responses": [
            {
                "author": "sam",
                "text": "Honestly, I think you're better off. He never really got you.",
                "rating": {
                    "understood": 2,
                    "accepted": 2,
                    "cared_for": 2,
                    "after": "exposed",
                    "helped": False,
                },
            },
            {
                "author": "jules",
                "text": "Maybe, but that's not really what I asked.",
                "rating": None,
            },
            {
                "author": "sam",
                "text": (
                    "Sorry, you're right. It's not weird at all. The first week you're in shock, "
                    "then it all lands later. How's it landing?"
                ),
                "rating": {
                    "understood": 4,
                    "accepted": 4,
                    "cared_for": 4,
                    "after": "neutral",
                    "helped": False,
                },
            },
        ],
    },
    {
        "author": "sam",
        "depth": "deep",
        "text": (
            "Robin's dad has to have a procedure on his heart. I'm trying to be steady for Robin, "
            "but I'm worried too, and I don't want to add my worry to the pile."
        ),
        "responses": [
            {
                "author": "jules",
                "text": (
                    "That's a lot to carry. Put your worry here, I'm far enough away that it won't "
                    "land on anyone's pile. How are you actually doing?"
                ),
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": True,
                },
            },
            {
                "author": "sam",
                "text": (
                    "Tired. Scared for them. And weirdly guilty that my job stuff is going well."
                ),
                "rating": None,
            },
            {
                "author": "jules",
                "text": (
                    "Good things can happen in hard seasons. It doesn't make you a bad partner."
                ),
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": False,
                },
            },
        ],
    },
    {
        "author": "jules",
        "depth": "light",
        "text": (
            "Went to a pottery class. Made a bowl that is mostly a plate. Spoke to three actual "
            "humans."
        ),
        "responses": [
            {
                "author": "sam",
                "text": "A bowl-plate AND three humans! That's a huge week.",
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 4,
                    "after": "relieved",
                    "helped": False,
                },
            },
        ],
    },
    {
        "author": "sam",
        "depth": "light",
        "text": "Got the job!! Start next month.",
        "responses": [
            {
                "author": "jules",
                "text": "SAM. I knew it. I'm telling the pottery class.",
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": False,
                },
            },
        ],
    },
    {
        "author": "jules",
        "depth": "medium",
        "text": (
            "Big presentation on Friday and I'm spiralling a bit. Everyone here seems so sure of "
            "themselves."
        ),
        "responses": [
            {
                "author": "sam",
                "text": (
                    "Just run through it a few times and you'll be fine. I had a big presentation "
                    "last month and it went great, so."
                ),
                "rating": {
                    "understood": 2,
                    "accepted": 3,
                    "cared_for": 2,
                    "after": "neutral",
                    "helped": False,
                },
            },
            {
                "author": "jules",
                "text": (
                    "Thanks. I know I'll probably be fine. I think I just wanted to say it out "
                    "loud."
                ),
                "rating": None,
            },
            {
                "author": "sam",
                "text": "Then say all of it. I'm listening, no tips, promise.",
                "rating": {
                    "understood": 4,
                    "accepted": 4,
                    "cared_for": 4,
                    "after": "neutral",
                    "helped": False,
                },
            },
        ],
    },
    {
        "author": "sam",
        "depth": "light",
        "text": (
            "Remember the quiz night when we lost to the chess society by one point and you "
            "appealed to the landlord?"
        ),
        "responses": [
            {
                "author": "jules",
                "text": "I stand by that appeal. 'Leeds' was clearly an acceptable answer.",
                "rating": {
                    "understood": 4,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": False,
                },
            },
        ],
    },
    {
        "author": "jules",
        "depth": "deep",
        "text": (
            "Sundays are the hard ones. Everyone's off with family or partners and I walk round "
            "the park pretending I've got somewhere to be."
        ),
        "responses": [
            {
                "author": "sam",
                "text": (
                    "That sounds really lonely, and I'm glad you told me instead of pretending to "
                    "me as well. Can we make Sunday our call day? My evening, your afternoon."
                ),
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": True,
                },
            },
            {
                "author": "jules",
                "text": "I'd like that. Fair warning, I may just talk about pottery.",
                "rating": None,
            },
        ],
    },
    {
        "author": "jules",
        "depth": "medium",
        "text": (
            "They offered me the team lead role! I'm thrilled and also a bit worried I'll get "
            "found out as a fraud."
        ),
        "responses": [
            {
                "author": "sam",
                "text": (
                    "You're not a fraud. You organised our entire third-year project while the "
                    "rest of us argued about fonts. Congratulations, properly."
                ),
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": True,
                },
            },
            {"author": "jules", "text": "I'd completely forgotten the fonts war.", "rating": None},
        ],
    },
    {
        "author": "sam",
        "depth": "medium",
        "text": (
            "First week at the new job and I'm exhausted in a good way. It's strange not dreading "
            "things."
        ),
        "responses": [
            {
                "author": "jules",
                "text": "That's the best kind of tired. Do Sundays feel different already?",
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 4,
                    "after": "relieved",
                    "helped": False,
                },
            },
            {
                "author": "sam",
                "text": "Completely. And Sunday's call day now, so it's doubly good.",
                "rating": None,
            },
        ],
    },
    {
        "author": "sam",
        "depth": "medium",
        "text": (
            "Missed our call this week, sorry. The wedding ate the whole weekend. Same time next "
            "Sunday?"
        ),
        "responses": [],
    },
    {
        "author": "jules",
        "depth": "light",
        "text": "Had people over for dinner. Four of them! In my echoey flat. It echoed less.",
        "responses": [
            {
                "author": "sam",
                "text": "I'm so proud of you I could cry. What did you cook?",
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": False,
                },
            },
            {
                "author": "jules",
                "text": "Your chilli. I told them it was an old family secret.",
                "rating": None,
            },
            {
                "author": "sam",
                "text": "Well, it is now.",
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": False,
                },
            },
        ],
    },
    {
        "author": "sam",
        "depth": None,
        "text": (
            "Robin and I are off to the coast this weekend. I'll send you a picture of a seagull "
            "looking menacing."
        ),
        "responses": [
            {
                "author": "jules",
                "text": "I expect nothing less. Have the best time, you've both earned it.",
                "rating": {
                    "understood": 4,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": False,
                },
            },
        ],
    },
    {
        "author": "jules",
        "depth": "deep",
        "text": (
            "Been thinking about how this year looked from the inside. Back in the spring I didn't "
            "think I'd manage to make a life here. Thanks for not letting me disappear."
        ),
        "responses": [
            {
                "author": "sam",
                "text": (
                    "You did all the hard bits. I just rang on Sundays. But I'm really glad you're "
                    "still here, in every sense."
                ),
                "rating": {
                    "understood": 5,
                    "accepted": 5,
                    "cared_for": 5,
                    "after": "relieved",
                    "helped": False,
                },
            },
        ],
    },
]

# Specific thank-yous. Jules only ever writes to Sam, and Sam to Jules.
APPRECIATIONS: Final[list[dict]] = [
    {
        "author": "robin",
        "to": "sam",
        "text": (
            "Thank you for having seconds of my very rustic lentil soup and calling it great. I "
            "knew it wasn't, and it still made me feel looked after."
        ),
    },
    {
        "author": "jules",
        "to": "sam",
        "text": (
            "Thank you for the long voice note on my first Friday here. I played it while "
            "unpacking and the flat felt a lot less empty."
        ),
    },
    {
        "author": "sam",
        "to": "robin",
        "text": (
            "Thank you for listening to me moan about the restructure three nights running. You "
            "only said 'so leave then' once, and then you actually listened. That helped."
        ),
    },
    {
        "author": "sam",
        "to": "jules",
        "text": (
            "Thank you for asking what I'd want instead of telling me what to do about work. It's "
            "the first time I've properly answered that question."
        ),
    },
    {
        "author": "robin",
        "to": "sam",
        "text": (
            "Thank you for trying to fix the tap yourself. It got worse, but you made me laugh so "
            "hard about it that I stopped being cross about the dripping."
        ),
    },
    {
        "author": "sam",
        "to": "robin",
        "text": (
            "Thank you for reading that job ad and telling me I'd already done half the list. I "
            "wouldn't have applied without that push."
        ),
    },
    {
        "author": "robin",
        "to": "sam",
        "text": (
            "Thank you for not making me talk the night the results came in. Blanket and the "
            "baking show was exactly what I needed."
        ),
    },
    {
        "author": "jules",
        "to": "sam",
        "text": (
            "Thank you for calling the Saturday after Marco and I split. You let me say the same "
            "three things about ten times and never once sounded bored."
        ),
    },
    {
        "author": "sam",
        "to": "robin",
        "text": (
            "Thank you for the practice interview at the kitchen table, stern panel voice and all. "
            "I walked into the real one feeling ready."
        ),
    },
    {
        "author": "robin",
        "to": "sam",
        "text": (
            "Thank you for meeting me off the 9.40 with a hot chocolate. I didn't have to explain "
            "anything. You just knew."
        ),
    },
    {
        "author": "sam",
        "to": "robin",
        "text": (
            "Thank you for cheering so loudly about my offer that Pickle started barking next "
            "door. With everything going on with your dad, you still made room for my good news."
        ),
    },
    {
        "author": "jules",
        "to": "sam",
        "text": (
            "Thank you for getting excited about my wonky pottery bowl like it belonged in a "
            "museum. I needed someone to treat a small win like a big one."
        ),
    },
    {
        "author": "robin",
        "to": "sam",
        "text": (
            "Thank you for keeping the basil alive while I was at Mum and Dad's. I know it's only "
            "a plant, but coming home to something you'd looked after meant a lot."
        ),
    },
    {
        "author": "robin",
        "to": "sam",
        "text": (
            "Thank you for suggesting I tell my team lead, and for helping me work out what to "
            "say. It made the next few weeks at work so much easier."
        ),
    },
    {
        "author": "sam",
        "to": "jules",
        "text": (
            "Thank you for letting me put my worry about Robin's dad somewhere. I didn't realise "
            "how much I was holding until I typed it out to you."
        ),
    },
    {
        "author": "robin",
        "to": "sam",
        "text": (
            "Thank you for fielding all the calls from Mum's friends the week of the procedure. "
            "Every 'any news?' you answered was one I didn't have to."
        ),
    },
    {
        "author": "sam",
        "to": "robin",
        "text": (
            "Thank you for telling me straight when I missed what you were really saying about the "
            "oven. I'd much rather be told than keep getting it wrong."
        ),
    },
    {
        "author": "robin",
        "to": "sam",
        "text": (
            "Thank you for making the ugly dumplings the night Dad came out of hospital. Small sad "
            "purses and all, it was the best thing I ate that week."
        ),
    },
    {
        "author": "sam",
        "to": "robin",
        "text": (
            "Thank you for saying I'd been carrying more than anyone realised when I was writing "
            "my handover notes. I hadn't thought of it like that, and it made leaving feel less "
            "flimsy."
        ),
    },
    {
        "author": "robin",
        "to": "sam",
        "text": (
            "Thank you for coming back the next morning and apologising about the bins without me "
            "having to ask. It made it so easy to say sorry too."
        ),
    },
    {
        "author": "sam",
        "to": "robin",
        "text": (
            "Thank you for making the chore rota with me instead of quietly doing everything and "
            "stewing. I would much rather know."
        ),
    },
    {
        "author": "jules",
        "to": "sam",
        "text": (
            "Thank you for saying sorry when you went straight to 'he never got you'. Then you "
            "actually asked how I was, and that's the bit I remember."
        ),
    },
    {
        "author": "sam",
        "to": "jules",
        "text": (
            "Thank you for telling me my presentation tips weren't what you needed. It's made me a "
            "better listener, with Robin too."
        ),
    },
    {
        "author": "robin",
        "to": "sam",
        "text": (
            "Thank you for sitting in the car with me after Dad's big walk to the end of the road. "
            "You didn't say anything, you just held my hand, and it was perfect."
        ),
    },
    {
        "author": "sam",
        "to": "robin",
        "text": (
            "Thank you for the good luck note in my new work bag. I found it at lunch and had to "
            "pretend there was something in my eye."
        ),
    },
    {
        "author": "sam",
        "to": "robin",
        "text": (
            "Thank you for taking me round the block the night before my first day. No job talk, "
            "just streetlights and you. I slept far better than I expected to."
        ),
    },
    {
        "author": "sam",
        "to": "robin",
        "text": (
            "Thank you for doing dinner every night of my first week so I could sit and stare at "
            "the wall. My brain was full and you noticed without me saying."
        ),
    },
    {
        "author": "sam",
        "to": "jules",
        "text": (
            "Thank you for getting as excited about the kitchen map as I was. Only you would ask "
            "for a photo of it."
        ),
    },
    {
        "author": "robin",
        "to": "sam",
        "text": (
            "Thank you for helping me find the words for Priya's card. Starting with one thing I "
            "love about them was exactly the nudge I needed, and she cried reading it."
        ),
    },
    {
        "author": "sam",
        "to": "robin",
        "text": (
            "Thank you for dancing with me to that awful song at the wedding. I will deny it "
            "forever, but it was the best part of the night."
        ),
    },
    {
        "author": "jules",
        "to": "sam",
        "text": (
            "Thank you for reminding me I ran our third-year project while everyone argued about "
            "fonts. I walked into my first team lead meeting feeling a bit taller."
        ),
    },
    {
        "author": "jules",
        "to": "sam",
        "text": (
            "Thank you for the Sunday calls. You turned the hardest day of my week into the one I "
            "look forward to most."
        ),
    },
    {
        "author": "robin",
        "to": "sam",
        "text": (
            "Thank you for ringing Dad with me after his wobbly day. Hearing you talk cricket with "
            "him made him sound like himself again, and that settled me more than anything the "
            "nurse said."
        ),
    },
    {
        "author": "sam",
        "to": "robin",
        "text": (
            "Thank you for sorting out the cottage booking. Left to me, I'd still be comparing sea "
            "views at Christmas."
        ),
    },
    {
        "author": "sam",
        "to": "jules",
        "text": (
            "Thank you for telling me all about the dinner party. Hearing you sound so settled "
            "made my whole week."
        ),
    },
    {
        "author": "robin",
        "to": "sam",
        "text": (
            "Thank you for saying I'd stayed kind to everyone while holding all of it. I didn't "
            "feel kind, I felt stretched, and it helped to be seen that way."
        ),
    },
    {
        "author": "robin",
        "to": "sam",
        "text": (
            "Thank you for saying sorry about the 'move closer' idea and then just listening. It's "
            "a big thing to sit with and I'm glad you sat with me."
        ),
    },
    {
        "author": "sam",
        "to": "robin",
        "text": (
            "Thank you for calling it brave when I left my old job. I'd been telling myself I was "
            "just running away, and you made it sound like something I chose."
        ),
    },
    {
        "author": "sam",
        "to": "robin",
        "text": (
            "Thank you for taking Pickle out at six in the morning so I could sleep. He ate your "
            "sock and you still walked him."
        ),
    },
    {
        "author": "jules",
        "to": "sam",
        "text": (
            "Thank you for the menacing seagull photo. It's my phone background now, and nobody in "
            "my meetings knows why I keep smiling."
        ),
    },
    {
        "author": "robin",
        "to": "sam",
        "text": (
            "Thank you for packing the good biscuits for the trip and not telling me until we got "
            "there. Small thing, made me feel very loved."
        ),
    },
    {
        "author": "robin",
        "to": "sam",
        "text": (
            "Thank you for sitting quietly on the cottage step so I could sleep in. Waking up to "
            "your message and the sound of the sea is something I'm going to keep."
        ),
    },
    {
        "author": "sam",
        "to": "robin",
        "text": (
            "Thank you for these three months. You let me be scared about work while you were "
            "scared about your dad, and you never once made it a competition."
        ),
    },
    {
        "author": "jules",
        "to": "sam",
        "text": (
            "Thank you for never telling me to just move home. You trusted I'd find my feet here, "
            "and that helped me actually find them."
        ),
    },
    {
        "author": "sam",
        "to": "jules",
        "text": (
            "Thank you for sending that old photo of the five of us on the pier. I'd forgotten how "
            "young we looked, and how loud we were."
        ),
    },
]

# Weeks (0 to 12) with little activity, and weeks with more than usual.
QUIET_WEEKS: Final[list[int]] = [3, 8]

BUSY_WEEKS: Final[list[int]] = [5, 10]
