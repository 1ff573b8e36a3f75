using Cake.Core;
using Cake.Git.Compat.Tests.Fixtures;
using LibGit2Sharp;

namespace Cake.Git.Compat.Tests;

public sealed class GitAliasesTests : IDisposable
{
    private readonly GitRepositoryFixture _repository = new();
    private readonly ICakeContext _context = CakeContextFixture.Create();

    public void Dispose() => _repository.Dispose();

    public sealed class TheGitBranchCurrentMethod : IDisposable
    {
        private readonly GitAliasesTests _fixture = new();

        public void Dispose() => _fixture.Dispose();

        [Fact]
        public void Should_Name_The_Checked_Out_Branch_And_Its_Tip()
        {
            var commit = _fixture._repository.Commits(1).Commit();
            _fixture._repository.Checkout("feature/quotes", create: true);

            var branch = _fixture._context.GitBranchCurrent(_fixture._repository.Path);

            Assert.Equal("feature/quotes", branch.FriendlyName);
            Assert.Equal("refs/heads/feature/quotes", branch.CanonicalName);
            Assert.Equal(commit.Sha, branch.Tip.Sha);
            Assert.False(branch.IsRemote);
        }

        [Fact]
        public void Should_Say_No_Branch_On_A_Detached_Head()
        {
            _fixture._repository.Commits(2);
            _fixture._repository.Detach();

            var branch = _fixture._context.GitBranchCurrent(_fixture._repository.Path);

            Assert.Equal("(no branch)", branch.FriendlyName);
        }
    }

    public sealed class TheGitLogMethods : IDisposable
    {
        private readonly GitAliasesTests _fixture = new();

        public void Dispose() => _fixture.Dispose();

        [Fact]
        public void Should_Read_The_Tip_Commit()
        {
            _fixture._repository.Commits(1);
            var last = _fixture._repository.Commit("Add quotes\n\nWith a body.");

            var tip = _fixture._context.GitLogTip(_fixture._repository.Path);

            Assert.Equal(last.Sha, tip.Sha);
            Assert.Equal("Add quotes", tip.MessageShort);
            Assert.Equal("QTE Test", tip.Author.Name);
            Assert.Equal("test@qte.invalid", tip.Committer.Email);
        }

        [Fact]
        public void Should_Read_At_Most_Count_Commits_Newest_First()
        {
            _fixture._repository.Commits(4);

            var log = _fixture._context.GitLog(_fixture._repository.Path, 3);

            Assert.Equal(["Commit 4", "Commit 3", "Commit 2"], log.Select(c => c.MessageShort));
        }
    }

    public sealed class TheGitDescribeMethod : IDisposable
    {
        private readonly GitAliasesTests _fixture = new();

        public void Dispose() => _fixture.Dispose();

        [Fact]
        public void Should_Give_The_Tag_The_Commits_Since_And_The_Sha_In_Long_Format()
        {
            _fixture._repository.Commits(1);
            _fixture._repository.Tag("v1.4.0");
            var head = _fixture._repository.Commits(2).Commit();

            var description = _fixture._context.GitDescribe(_fixture._repository.Path, true, GitDescribeStrategy.Tags, 7);

            Assert.Equal($"v1.4.0-3-g{head.Sha[..7]}", description);
        }

        [Fact]
        public void Should_Give_Only_The_Tag_On_A_Tagged_Commit_In_Short_Format()
        {
            _fixture._repository.Commits(1);
            _fixture._repository.AnnotatedTag("v2.0.0");

            Assert.Equal("v2.0.0", _fixture._context.GitDescribe(_fixture._repository.Path, GitDescribeStrategy.Default));
        }

        [Fact]
        public void Should_Describe_A_Commitish_Such_As_A_Tags_Parent()
        {
            _fixture._repository.Commits(1);
            _fixture._repository.Tag("v1.0.0");
            _fixture._repository.Commits(2);
            _fixture._repository.Tag("v1.x");
            _fixture._repository.Commits(1);

            var description = _fixture._context.GitDescribe(_fixture._repository.Path, "v1.x^", true, GitDescribeStrategy.Tags, null);

            Assert.StartsWith("v1.0.0-1-g", description);
        }

        [Fact]
        public void Should_Return_An_Empty_String_When_No_Tag_Describes_Head()
        {
            _fixture._repository.Commits(2);

            Assert.Equal(string.Empty, _fixture._context.GitDescribe(_fixture._repository.Path, true, GitDescribeStrategy.Tags));
        }

        [Fact]
        public void Should_Throw_When_The_Commitish_Names_No_Commit()
        {
            _fixture._repository.Commits(1);

            Assert.Throws<NotFoundException>(() =>
                _fixture._context.GitDescribe(_fixture._repository.Path, "no-such-ref", true, GitDescribeStrategy.Tags, null));
        }
    }

    public sealed class TheGitTagsMethod : IDisposable
    {
        private readonly GitAliasesTests _fixture = new();

        public void Dispose() => _fixture.Dispose();

        [Fact]
        public void Should_List_Every_Tag_By_Canonical_Name()
        {
            _fixture._repository.Commits(1);
            _fixture._repository.Tag("v1.1.0");
            _fixture._repository.Commits(1);
            _fixture._repository.AnnotatedTag("v1.0.0");

            var tags = _fixture._context.GitTags(_fixture._repository.Path);

            Assert.Equal(["v1.0.0", "v1.1.0"], tags.Select(t => t.FriendlyName));
        }
    }

    public sealed class TheGitDiffMethods : IDisposable
    {
        private readonly GitAliasesTests _fixture = new();

        public void Dispose() => _fixture.Dispose();

        private static string[] Describe(IEnumerable<GitDiffFile> files) =>
            files.Select(file => $"{file.Status} {file.Path}").Order(StringComparer.Ordinal).ToArray();

        [Fact]
        public void Should_List_What_Differs_Between_Two_Commits()
        {
            var first = _fixture._repository.Commit();
            _fixture._repository.WriteFile("src/new.txt", "new");
            var second = _fixture._repository.Commit();

            var files = _fixture._context.GitDiff(_fixture._repository.Path, first.Sha, second.Sha);

            Assert.Equal(["Added src/new.txt", "Modified file.txt"], Describe(files));
        }

        [Fact]
        public void Should_Accept_No_Second_Commit_And_List_What_The_First_Changed()
        {
            _fixture._repository.Commit();
            _fixture._repository.WriteFile("src/new.txt", "new");
            var second = _fixture._repository.Commit();
            _fixture._repository.Commit();

            var files = _fixture._context.GitDiff(_fixture._repository.Path, second.Sha, null);

            Assert.Equal(["Added src/new.txt", "Modified file.txt"], Describe(files));
            Assert.Equal(Describe(files), Describe(_fixture._context.GitDiff(_fixture._repository.Path, second.Sha)));
        }

        [Fact]
        public void Should_List_Every_File_Of_The_Tip_Once_From_The_Root()
        {
            _fixture._repository.Commit();
            _fixture._repository.WriteFile("src/new.txt", "new");
            var second = _fixture._repository.Commit();

            Assert.Equal(["Added file.txt", "Added src/new.txt"], Describe(_fixture._context.GitDiff(_fixture._repository.Path)));
            Assert.Equal(
                ["Added file.txt", "Added src/new.txt"],
                Describe(_fixture._context.GitDiff(_fixture._repository.Path, GitCommit.RootCommit, second.Sha)));
        }

        [Fact]
        public void Should_Refuse_A_Missing_First_Commit()
        {
            _fixture._repository.Commit();

            Assert.Throws<ArgumentNullException>(() => _fixture._context.GitDiff(_fixture._repository.Path, " ", null));
        }
    }

    public sealed class TheRepositoryMethods : IDisposable
    {
        private readonly GitAliasesTests _fixture = new();

        public void Dispose() => _fixture.Dispose();

        [Fact]
        public void Should_See_Modified_And_Untracked_Files_As_Uncommitted_Changes()
        {
            _fixture._repository.Commits(1);
            Assert.False(_fixture._context.GitHasUncommitedChanges(_fixture._repository.Path));

            _fixture._repository.WriteFile("new.txt", "untracked");
            Assert.True(_fixture._context.GitHasUncommitedChanges(_fixture._repository.Path));
        }

        [Fact]
        public void Should_Tell_A_Repository_From_A_Plain_Folder()
        {
            var plain = Directory.CreateTempSubdirectory("qte-plain-");
            try
            {
                Assert.True(_fixture._context.GitIsValidRepository(_fixture._repository.Path));
                Assert.False(_fixture._context.GitIsValidRepository(plain.FullName));
                Assert.Throws<RepositoryNotFoundException>(() => _fixture._context.GitFindRootFromPath(plain.FullName));
            }
            finally
            {
                plain.Delete();
            }
        }

        [Fact]
        public void Should_Find_The_Root_From_A_Folder_Inside_The_Repository()
        {
            _fixture._repository.WriteFile("src/app/file.txt", "inside");

            var root = _fixture._context.GitFindRootFromPath(Path.Combine(_fixture._repository.Path, "src", "app"));

            Assert.Equal(
                Path.TrimEndingDirectorySeparator(_fixture._repository.Path),
                Path.TrimEndingDirectorySeparator(root.FullPath));
        }
    }
}
